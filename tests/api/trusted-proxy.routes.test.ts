// Issue 28: with TRUST_PROXY off (the default) a client cannot pick its rate-limit key by writing
// X-Forwarded-For; webhooks refuse bodies over 64 KB before reading them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: { kind: 'off' }, paymentNotificationRateLimitPerMinute: 5 });
});
afterAll(() => t.close());

describe('the client address with TRUST_PROXY off', () => {
  it('rotating X-Forwarded-For does not get past the payment notification limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.request('/payments/midtrans/notification', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` }, body: JSON.stringify({ order_id: 'x' }) });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a 12 MB webhook body from its Content-Length (413), and 64 KB sent without one', async () => {
    const big = await t.app.request('/payments/midtrans/notification', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(12 * 1024 * 1024) }, body: '{}' });
    expect(big.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(32 * 1024).fill(32));
        controller.close();
      },
    });
    const streamed = await t.app.request('/whatsapp/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});
