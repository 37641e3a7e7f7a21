import { it } from 'vitest';
import { createWebHarness } from './web-harness.ts';
it('smoke', async () => {
  const t0 = Date.now();
  const h = await createWebHarness({ demo: true });
  console.log('setup ms', Date.now() - t0);
  for (const p of ['/', '/katalog?q=kopi%20bajwa', '/p/kbj01', '/kabupaten/53.09', '/sitemap.xml', '/p/nope', '/chat']) {
    const res = await h.app.request(p, { redirect: 'manual' });
    const text = await res.text();
    console.log(p, res.status, res.headers.get('location'), text.length, text.slice(0, 300).replace(/\n/g,' '));
  }
  const home = await (await h.app.request('/?lang=en')).text();
  console.log(home.slice(0, 200000).match(/<main[\s\S]*<\/main>/)?.[0].slice(0, 3000));
  await h.close();
}, 120000);
