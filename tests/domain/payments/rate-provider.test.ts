// The courier aggregator behind the shipping port: the real Biteship-shaped adapter against a fake Biteship on
// loopback HTTP, then the chat's shipping answer and the checkout's estimate for a producer with no own rates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { createMidtransGateway } from '../../../domain/payments/midtrans/midtrans-gateway.ts';
import { createBiteshipRateProvider } from '../../../domain/shipping/biteship-rate-provider.ts';
import type { ParcelQuery } from '../../../domain/services/shipping.service.ts';
import { buyerModule } from '../../../bot/flows/buyer/index.ts';
import { ordersModule } from '../../../bot/flows/orders/index.ts';
import { paymentsModule } from '../../../bot/flows/payments/index.ts';
import { chatProducer, fillCart, onboardBuyer } from '../../bot/orders/orders-harness.ts';
import { startFakeBiteship, type FakeBiteship } from '../../fakes/fake-biteship-server.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../../fakes/fake-midtrans-server.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';

let biteship: FakeBiteship;
let midtrans: FakeMidtrans;

const parcel = (o: Partial<ParcelQuery> = {}): ParcelQuery => ({
  producerId: 'p1',
  originRegionCode: '53.09',
  originName: 'Kabupaten Ngada',
  destination: { country: 'ID', city: 'jakarta' },
  zone: 'INDONESIA',
  weightGrams: 1500,
  ...o,
});

beforeAll(async () => {
  biteship = await startFakeBiteship();
  midtrans = await startFakeMidtrans();
});
afterAll(async () => {
  await biteship.close();
  await midtrans.close();
});

describe('the Biteship adapter over HTTP', () => {
  it('finds both areas, asks the couriers with the parcel weight and keeps the cheapest price', async () => {
    const provider = createBiteshipRateProvider({ apiRoot: `${biteship.url}/`, apiKey: biteship.apiKey, couriers: 'jne,sicepat', logger: silentLogger });
    biteship.calls.length = 0;
    // 1.5 kg to Jakarta: 10 000 + 2 × 30 000 by JNE (SiCepat quotes 2 000 more)
    expect(await provider.quote(parcel())).toBe(70_000);
    const rate = biteship.calls.find((c) => c.path === '/v1/rates/couriers');
    expect(rate?.body).toMatchObject({ origin_area_id: 'IDNP21IDNC300', destination_area_id: 'IDNP6IDNC148', couriers: 'jne,sicepat', items: [{ weight: 1500, quantity: 1 }] });
    expect(biteship.calls.find((c) => c.path.startsWith('/v1/maps/areas'))?.path).toContain('countries=ID');
    // areas are remembered: a second quote is one request
    biteship.calls.length = 0;
    expect(await provider.quote(parcel({ weightGrams: 300, destination: { country: 'ID', city: 'Kupang' } }))).toBe(19_000);
    expect(biteship.calls.map((c) => c.path)).toEqual(['/v1/maps/areas?countries=ID&input=Kupang&type=single', '/v1/rates/couriers']);
  });

  it('answers null, never throws, on a wrong key, an outage, an unknown place or a parcel abroad', async () => {
    const wrongKey = createBiteshipRateProvider({ apiRoot: biteship.url, apiKey: 'nope', couriers: 'jne', logger: silentLogger });
    expect(await wrongKey.quote(parcel())).toBeNull();
    const provider = createBiteshipRateProvider({ apiRoot: biteship.url, apiKey: biteship.apiKey, couriers: 'jne', logger: silentLogger });
    biteship.failNext(2); // both area lookups
    expect(await provider.quote(parcel())).toBeNull();
    // the outage is over: the failed area lookups were not remembered
    expect(await provider.quote(parcel())).toBe(70_000);
    expect(await provider.quote(parcel({ destination: { country: 'ID', city: 'atlantis' } }))).toBeNull();
    biteship.calls.length = 0;
    expect(await provider.quote(parcel({ zone: 'ABROAD', destination: { country: 'malaysia' } }))).toBeNull();
    expect(biteship.calls).toHaveLength(0);
    const unreachable = createBiteshipRateProvider({ apiRoot: 'http://127.0.0.1:1', apiKey: 'k', couriers: 'jne', logger: silentLogger });
    expect(await unreachable.quote(parcel())).toBeNull();
  });
});

describe('a producer without own rates, priced by the provider', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    const shippingRateProvider = createBiteshipRateProvider({ apiRoot: biteship.url, apiKey: biteship.apiKey, couriers: 'jne,sicepat', logger: silentLogger });
    h = await createChatHarness({
      features: [paymentsModule, buyerModule, ordersModule],
      paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }),
      shippingRateProvider,
    });
  });
  afterAll(async () => h.close());

  it('answers "brp ongkir ke jakarta" and puts the estimate in the checkout summary and the order', async () => {
    const seller = await chatProducer(h, 'yanti', 'id', { businessName: 'Tenun Yanti', product: 'Selendang Ikat', priceIdr: 150_000, stock: 5 });
    expect(await h.services.shipping.myRates(seller.actor)).toEqual([]);
    const buyerId = await onboardBuyer(h, 'budi', 'id');
    await fillCart(h, buyerId, seller.product.id, 1);
    const weight = (await h.db.prisma.product.findUniqueOrThrow({ where: { id: seller.product.id } })).weightGrams;
    const expected = 10_000 + 30_000 * Math.max(1, Math.ceil(weight / 1000));
    const fmt = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
    expect(textOf(await h.say('budi', 'brp ongkir ke jakarta?'))).toContain(`: ${fmt(expected)} (luar NTT)`);

    await h.send('budi', { type: 'command', command: 'cart', args: '' });
    await h.tap('budi', 'Pesan sekarang');
    await h.tap('budi', 'Lanjut');
    await h.say('budi', 'Budi');
    await h.say('budi', '081277776666');
    await h.tap('budi', 'kurir');
    await h.tap('budi', 'Indonesia');
    await h.say('budi', 'Jl. Sudirman 1');
    await h.say('budi', 'Jakarta');
    await h.say('budi', 'DKI Jakarta');
    await h.say('budi', '10110');
    const summary = textOf(await h.say('budi', 'e-wallet'));
    expect(summary).toContain(`• Tenun Yanti: ${fmt(expected)}`);
    expect(summary).not.toContain('dikonfirmasi produsen');
    await h.tap('budi', 'Konfirmasi');
    const order = await h.db.prisma.order.findFirstOrThrow({ where: { buyerId } });
    expect(order.shippingIdr).toBe(expected);
    expect(order.totalIdr).toBe(150_000 + expected);
  });
});
