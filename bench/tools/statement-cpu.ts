// DATABASE_URL=… npx tsx bench/tools/statement-cpu.ts [--products 1000] [--calls 2000]
// CPU of this process per call of the chat's per-turn reads, one call at a time (no concurrency), on
// PostgreSQL when DATABASE_URL is set, else PGlite: what a repository call costs on the application's side
// (the client or the direct path, the driver, the result's conversion). Used to pick which reads to move past
// the Prisma client and to measure each move (BENCHMARKS.md, issue 29).
import { parseArgs } from 'node:util';
import { createFixtures } from '../lib/fixtures.ts';
import { createChatRig } from '../lib/chat-rig.ts';
import { buyerJourney } from '../lib/buyer-journey.ts';
import { engineDriver } from '../lib/drivers.ts';
import { directSql } from '../../domain/db/direct-sql.ts';

const { values } = parseArgs({ options: { products: { type: 'string', default: '1000' }, calls: { type: 'string', default: '2000' }, only: { type: 'string' } } });
const calls = Number(values.calls);
const url = process.env.DATABASE_URL;
const fixtures = await createFixtures((line) => process.stderr.write(`${line}\n`));
try {
  const template = url ? await fixtures.postgresCatalogue(url, Number(values.products)) : await fixtures.catalogue(Number(values.products));
  const db = await template.fork();
  try {
    const rig = createChatRig(db, fixtures.mediaStore);
    const { repos } = rig.services;
    // one finished visit: a buyer with an order, a cart filled again
    await buyerJourney(engineDriver(rig, 'micro', { latencies: [] }), 0, async () => {});
    const buyer = await db.prisma.user.findFirstOrThrow({ where: { orders: { some: {} } }, select: { id: true } });
    const products = await db.prisma.product.findMany({ where: { status: 'APPROVED', paused: false }, take: 5, select: { id: true } });
    await repos.carts.addIfBuyable(buyer.id, products[0]!.id, 1, 99);
    await repos.carts.addIfBuyable(buyer.id, products[1]!.id, 1, 99);
    const cat = (await db.prisma.category.findFirstOrThrow({ where: { id: 'kopi' } })).id;
    const ids = products.map((p) => p.id);
    const cases: Record<string, () => Promise<unknown>> = {
      'carts.lines (2 lines)': () => repos.carts.lines(buyer.id),
      'orders.cartLines (2 lines)': () => repos.orders.cartLines(buyer.id),
      'productQuery.findCard': () => repos.productQuery.findCard({ id: ids[0]! }),
      'productQuery.findCardsByIds (5)': () => repos.productQuery.findCardsByIds(ids),
      'productQuery.listPublic (kopi, 7)': () => repos.productQuery.listPublic({ categoryId: cat }, 7),
      'orders.lastRecipient': () => repos.orders.lastRecipient(buyer.id),
      'users.loadActor': () => repos.users.loadActor(buyer.id),
      'SELECT 1 (raw, client)': () => db.prisma.$queryRawUnsafe('SELECT 1 AS one'),
      'SELECT 1 (direct)': () => directSql(db.prisma).rows('SELECT 1 AS one', []),
    };
    for (const [name, run] of Object.entries(cases)) {
      if (values.only && !name.includes(values.only)) continue;
      for (let i = 0; i < 200; i++) await run();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < calls; i++) await run();
      const cpu = process.cpuUsage(cpu0);
      const ms = performance.now() - t0;
      console.log(`${(((cpu.user + cpu.system) / calls)).toFixed(0).padStart(6)} µs CPU (${(cpu.system / calls).toFixed(0).padStart(4)} system)  ${((ms * 1000) / calls).toFixed(0).padStart(6)} µs wall  ${name}`);
    }
  } finally {
    await db.close();
  }
} finally {
  await fixtures.close();
}
