// Scenario 8, pages (issue 27): Lighthouse's performance, accessibility, best practices and SEO scores of the
// storefront's home, product, cart, checkout and order pages on a phone (390×844, 3× pixels, simulated slow
// 4G and CPU), served by `npm start` over the demo (with its photos) and generated products. With --quick:
// the home page only (one Lighthouse run, ~20 s).
//
// SEO on the cart, checkout and order: those pages say noindex on purpose (a buyer's own cart and order are
// no search result), and Lighthouse's "is-crawlable" audit fails any page that says so, whatever else it
// does: their SEO score is reported as Lighthouse gives it (no target) and without that one audit (target).
import { figure, type Figure, type ScenarioResult } from '../lib/figures.ts';
import type { BenchContext } from '../lib/context.ts';
import { CATEGORIES, openLighthouse, type PageScores } from '../lib/lighthouse.ts';
import { startServer } from '../lib/server-process.ts';

const TARGET = { op: '>=', value: 95 } as const;
const NOINDEX = new Set(['cart', 'checkout', 'order']);

function figuresOf(p: PageScores): Figure[] {
  const k = `pages.${p.page}`;
  const scores = CATEGORIES.map((c) => {
    const noindexSeo = c === 'seo' && NOINDEX.has(p.page);
    return figure(`${k}.${c}`, `${p.page}: Lighthouse ${c}${noindexSeo ? ' (noindex on purpose: is-crawlable fails)' : ''}`, 'score', [p.scores[c]], noindexSeo ? undefined : TARGET);
  });
  const extra = NOINDEX.has(p.page) ? [figure(`${k}.seoWithoutCrawlable`, `${p.page}: Lighthouse SEO without is-crawlable`, 'score', [p.seoWithoutCrawlable], TARGET)] : [];
  return [
    ...scores,
    ...extra,
    figure(`${k}.lcpMs`, `${p.page}: largest contentful paint (simulated slow 4G)`, 'ms', [p.lcpMs]),
    figure(`${k}.cls`, `${p.page}: cumulative layout shift`, 'CLS', [p.cls], { op: '<=', value: 0.1 }),
    figure(`${k}.totalKb`, `${p.page}: bytes loaded`, 'KB', [p.totalBytes / 1024]),
  ];
}

export async function pagesScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const { quick } = ctx.options;
  const pages = quick ? ['home'] : ['home', 'product', 'cart', 'checkout', 'order'];
  const server = await startServer(await ctx.fixtures.serverDataDir(300), {});
  const notes: string[] = [];
  let results: PageScores[];
  try {
    const run = await openLighthouse(server.url, ctx.log);
    try {
      results = await run.measure(pages);
    } finally {
      await run.close();
    }
  } finally {
    await server.stop();
  }
  for (const p of results) if (p.failed.length) notes.push(`${p.page} lost points on: ${p.failed.join(', ')}`);
  return {
    id: 'pages',
    title: 'Storefront pages in Lighthouse (phone)',
    workload: `Lighthouse 12.2.3, mobile 390×844 at 3× pixels, simulated slow 4G and 4× CPU, on ${pages.join(', ')} of \`npm start\` over the demo and 300 generated products; the cart, checkout and order after a product was put in the cart and a bank-transfer order placed in the same browser; each page visited once before (a fresh server makes a photo's copies on their first request); one run per page`,
    repeats: 1,
    figures: results.flatMap(figuresOf),
    notes,
  };
}
