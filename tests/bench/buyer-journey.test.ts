// The benchmark's buyer visit, run through the real engine on the demo: it must still place an order (the
// benchmark broke silently once when the welcome's options changed), and the number of database statements a
// chat event costs must not grow past its ceiling (each statement is a round trip and CPU on both sides;
// BENCHMARKS.md). Counted, not timed: the speed itself is measured by `npm run bench`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerJourney, JOURNEY_EVENTS, JourneyError, startAsBuyer, type BuyerDriver } from '../../bench/lib/buyer-journey.ts';
import { createChatRig, type ChatRig } from '../../bench/lib/chat-rig.ts';
import { engineDriver } from '../../bench/lib/drivers.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import type { Database } from '../../domain/db/database.ts';
import { createDemoDatabase } from '../helpers/test-database.ts';

/**
 * statements a visit of 16 events, warmed up: 59 / 60 (3.69 / 3.75 an event) at the start of issue 29, 54 / 55
 * (3.375 / 3.44) after the seventh session, 51 / 52 after the ninth (the add checks the product and returns the
 * cart in its own statement, "add to cart" reads the product with what is in the cart); 48 / 48 in the tenth: the
 * checkout is one statement that reads its orders back (no transaction, so no BEGIN on PostgreSQL, which had
 * the one more), and a buyer created a moment ago is known to have no last recipient. The target is
 * 3.0 an event (48 a visit), met: a ceiling, a change that adds one fails here.
 */
const STATEMENTS_PER_VISIT_MAX = { pglite: 49, postgresql: 49 };

let dataDir: string;
let db: Database;
let rig: ChatRig;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-journey-'));
  db = await createDemoDatabase(dataDir);
  // the demo's stock is small; the visits below each buy one of a product
  await db.prisma.product.updateMany({ data: { stock: 1_000 } });
  rig = createChatRig(db, createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 }));
}, 120_000);

afterAll(async () => {
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const driver = (name: string): BuyerDriver => engineDriver(rig, name, { latencies: [] });

describe('the benchmark buyer visit', () => {
  it('starts a buyer by the word a person types at the welcome and places an order', async () => {
    await buyerJourney(driver('journey-0'), 0, async () => {});
  });

  it('fails loudly when the welcome does not understand the word', async () => {
    const d = driver('journey-broken');
    const broken: BuyerDriver = { ...d, text: (text) => d.text(text === 'belanja' ? 'zzz qqq' : text) };
    await expect(startAsBuyer(broken)).rejects.toBeInstanceOf(JourneyError);
  });

  it('costs no more database statements per event than it does now', async () => {
    // warm: reference data and translations cached, statements prepared
    for (let n = 1; n <= 2; n++) await buyerJourney(driver(`journey-warm-${n}`), n, async () => {});
    const before = db.queryCount();
    const visits = 4;
    for (let n = 0; n < visits; n++) await buyerJourney(driver(`journey-count-${n}`), n, async () => {});
    const perEvent = (db.queryCount() - before) / (visits * JOURNEY_EVENTS);
    expect(perEvent).toBeLessThanOrEqual(STATEMENTS_PER_VISIT_MAX[db.kind] / JOURNEY_EVENTS);
  }, 60_000);
});
