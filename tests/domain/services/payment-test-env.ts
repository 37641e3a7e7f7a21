// Services over a test database with the real Midtrans adapter pointed at the fake Midtrans on loopback,
// a clock tests can move, and a multi-producer cart ready to check out.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { createMidtransGateway } from '../../../domain/payments/midtrans/midtrans-gateway.ts';
import { createServices, type ServiceSettings } from '../../../domain/services/services.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { seedReference } from '../../../prisma/seed/reference.seed.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../../fakes/fake-midtrans-server.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { makeBuyer, makeProduct, makeProducer, putInCart } from './order-fixtures.ts';

export async function createPaymentTestEnv(settings: Partial<ServiceSettings> = {}, fake?: FakeMidtrans) {
  const midtrans = fake ?? (await startFakeMidtrans());
  const db = await createTestDatabase();
  await seedReference(db.prisma);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-pay-'));
  const clock = { now: new Date('2026-12-06T02:00:00Z') };
  const gateway = createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'SB-Mid-client-FAKE', production: false, apiRoot: midtrans.url, timeoutMs: 5_000 });
  const services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 5 * 1024 * 1024 }), settings, now: () => clock.now, paymentGateway: gateway });
  return {
    db,
    services,
    clock,
    midtrans,
    dataDir,
    close: async () => {
      await db.close();
      if (!fake) await midtrans.close();
    },
  };
}

export type PaymentTestEnv = Awaited<ReturnType<typeof createPaymentTestEnv>>;

/** three producers (Ngada, Sikka, Kota Kupang) with one product each, all in one buyer's cart */
export async function threeProducerCart(env: PaymentTestEnv, buyer?: Actor) {
  const { services, db } = env;
  const b = buyer ?? (await makeBuyer(services, db.prisma));
  const producers = [];
  const products = [];
  for (const [name, region, price] of [['Kopi Inerie', '53.09', 75_000], ['Tenun Sikka', '53.07', 450_000], ['Se\u2019i Kupang', '53.71', 60_000]] as const) {
    const p = await makeProducer(services, db.prisma, { businessName: name, regionCode: region });
    const product = await makeProduct(db.prisma, p, { name: `Produk ${name}`, priceIdr: price, stock: 10 });
    await putInCart(db.prisma, b, product.id, 2);
    producers.push(p);
    products.push(product);
  }
  return { buyer: b, producers, products };
}

export const pickupOnline = (checkoutKey: string, paymentMethod: 'ONLINE_QRIS' | 'VIRTUAL_ACCOUNT' | 'EWALLET' = 'ONLINE_QRIS') => ({
  checkoutKey,
  recipientName: 'Maria Goreti',
  recipientPhone: '081234567890',
  deliveryMethod: 'PICKUP_PRODUCER' as const,
  paymentMethod,
});
