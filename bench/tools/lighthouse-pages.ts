// npx tsx bench/tools/lighthouse-pages.ts http://localhost:3000 [home,product,cart,checkout,order]
// Lighthouse on a running server's storefront pages at 390 px (bench/lib/lighthouse.ts); the scores as JSON
// on stdout, a line per page on stderr. The server needs products with photos (npm run db:seed -- --demo).
import { openLighthouse } from '../lib/lighthouse.ts';

const [base = 'http://localhost:3000', list = 'home,product,cart,checkout,order'] = process.argv.slice(2);
const run = await openLighthouse(base.replace(/\/+$/, ''), (line) => process.stderr.write(`${line}\n`));
try {
  process.stdout.write(`${JSON.stringify(await run.measure(list.split(',')), null, 2)}\n`);
} finally {
  await run.close();
}
