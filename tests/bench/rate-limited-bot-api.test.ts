// The fake Bot API the dispatch scenario is judged by: it must refuse what Telegram would refuse (more than
// the overall limit in one second, a second message to a chat within a second) with 429 and retry_after,
// and record exactly what it accepted.
import { afterEach, describe, expect, it } from 'vitest';
import { startRateLimitedBotApi, type RateLimitedBotApi } from '../../bench/lib/rate-limited-bot-api.ts';

const token = '7100000001:AAFakeBenchToken_test_abcdefghijklmnop';
let api: RateLimitedBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function send(chatId: number, text: string) {
  const res = await fetch(`${api!.url}/bot${token}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: chatId, text }) });
  return { status: res.status, body: (await res.json()) as { ok: boolean; parameters?: { retry_after: number } } };
}

describe('rate-limited fake Bot API', () => {
  it('accepts the overall limit within a second and answers 429 with retry_after beyond it', async () => {
    api = await startRateLimitedBotApi(token, { globalPerSecond: 5, perChatPerSecond: 1 });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await send(100 + i, `m${i}`));
    expect(answers.slice(0, 5).every((a) => a.status === 200)).toBe(true);
    expect(answers[5]!.status).toBe(429);
    expect(answers[5]!.body.parameters?.retry_after).toBeGreaterThanOrEqual(1);
    expect(api.accepted.map((a) => a.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(api.rejected).toBe(1);
    expect(api.rejectedPerChat).toBe(0);
  });

  it("refuses a chat's second message within a second, counting it as a per-chat refusal", async () => {
    api = await startRateLimitedBotApi(token, { globalPerSecond: 30, perChatPerSecond: 1 });
    expect((await send(7, 'first')).status).toBe(200);
    expect((await send(7, 'second')).status).toBe(429);
    expect((await send(8, 'other chat')).status).toBe(200);
    expect(api.rejectedPerChat).toBe(1);
  });

  it('refuses a wrong token', async () => {
    api = await startRateLimitedBotApi(token, { globalPerSecond: 30, perChatPerSecond: 1 });
    const res = await fetch(`${api.url}/botWRONG/sendMessage`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
  });
});
