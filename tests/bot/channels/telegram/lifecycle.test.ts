// Start, stop and the webhook route: token check, webhook registration, commands menu, polling.
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { deriveWebhookSecret } from '../../../../bot/channels/telegram/adapter.ts';
import { createHarness } from './channel-harness.ts';
import { TOKEN } from './fake-bot-api.ts';
import { loadUpdate } from './fixtures.ts';

describe('Telegram channel: start and stop', () => {
  it('stops with one clear error line when Telegram rejects the token', async () => {
    const h = createHarness({ botInfo: undefined });
    h.api.on('getMe', () => ({ error: { error_code: 401, description: 'Unauthorized' } }));
    await expect(h.channel.start()).rejects.toThrow(/^Telegram rejected TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/);
    const errors = h.logs.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.msg)).toMatch(/^Telegram rejected TELEGRAM_BOT_TOKEN/);
    expect(h.api.calls.map((c) => c.method)).toEqual(['getMe']); // no retries, no polling
    expect(h.channel.status().username).toBeUndefined();
  });

  it('says so when the API root cannot be reached, without leaking the token', async () => {
    const h = createHarness({ botInfo: undefined });
    h.api.on('getMe', () => ({ throws: new TypeError(`request to http://fake-telegram.test/bot${TOKEN}/getMe failed, reason: ECONNREFUSED`) }));
    const error = (await h.channel.start().catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/^Telegram API at http:\/\/fake-telegram\.test is unreachable/);
    expect(error.message).toContain('ECONNREFUSED');
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });

  it('webhook mode: checks the token, sets the webhook with its secret, publishes the commands in both languages and the shop as the menu button', async () => {
    const h = createHarness({ botInfo: undefined, mode: 'webhook', publicUrl: 'https://etalase.example/', webhookSecret: 's3cret_token' });
    await h.channel.start();
    expect(h.api.calls.map((c) => c.method)).toEqual(['getMe', 'setWebhook', 'setMyCommands', 'setMyCommands', 'setChatMenuButton']);
    // the web shop as a Mini App beside the input field
    expect(h.api.callsOf('setChatMenuButton')[0]?.body).toEqual({ menu_button: { type: 'web_app', text: 'Toko · Shop', web_app: { url: 'https://etalase.example/tg' } } });
    expect(h.api.calls[1]?.body).toEqual({ url: 'https://etalase.example/telegram/webhook', secret_token: 's3cret_token', allowed_updates: ['message', 'callback_query'] });
    const [id, en] = h.api.callsOf('setMyCommands');
    expect(id?.body.language_code).toBeUndefined();
    expect(en?.body.language_code).toBe('en');
    expect(id?.body.commands).toContainEqual({ command: 'cart', description: 'Keranjang belanja' });
    expect(en?.body.commands).toContainEqual({ command: 'cart', description: 'Shopping cart' });
    expect((id?.body.commands as unknown[]).length).toBe(7);
    expect(h.channel.status()).toMatchObject({ mode: 'webhook', username: 'etalase_ntt_bot' });
  });

  it('does not give up when the commands menu cannot be set', async () => {
    const h = createHarness({ mode: 'webhook', publicUrl: 'https://etalase.example' });
    h.api.on('setMyCommands', () => ({ error: { error_code: 400, description: 'Bad Request: something' } }));
    await expect(h.channel.start()).resolves.toBeUndefined();
    expect(h.logs.some((l) => l.msg === 'setMyCommands failed')).toBe(true);
    // no secret configured: one derived from the token, stable across restarts
    expect(h.api.callsOf('setWebhook')[0]?.body.secret_token).toBe(deriveWebhookSecret(TOKEN));
  });

  it('polling mode: deletes the webhook, polls with the runner and stops cleanly', async () => {
    const h = createHarness();
    let served = false;
    h.api.on('getUpdates', async () => {
      if (!served) {
        served = true;
        return { result: [loadUpdate('text')] };
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { result: [] };
    });
    await h.channel.start();
    await vi.waitFor(() => expect(h.events).toHaveLength(1), { timeout: 2000 });
    await h.channel.stop();
    const methods = h.api.calls.map((c) => c.method);
    expect(methods.slice(0, 4)).toEqual(['deleteWebhook', 'setMyCommands', 'setMyCommands', 'getUpdates']);
    expect(h.api.callsOf('getUpdates')[0]?.body).toMatchObject({ allowed_updates: ['message', 'callback_query'] });
    const countAfterStop = h.api.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(h.api.calls.length).toBe(countAfterStop); // no polling after stop
  });
});

describe('Telegram channel: webhook route', () => {
  function appFor(h: ReturnType<typeof createHarness>): Hono {
    const app = new Hono();
    app.post('/telegram/webhook', (c) => h.channel.webhook(c));
    return app;
  }

  it('accepts an update carrying the secret and hands it to the engine', async () => {
    const h = createHarness({ mode: 'webhook', publicUrl: 'https://etalase.example', webhookSecret: 'abc_123' });
    const response = await appFor(h).request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'abc_123' },
      body: JSON.stringify(loadUpdate('callback-query')),
    });
    expect(response.status).toBe(200);
    expect(h.events).toMatchObject([{ type: 'choice', value: 'add:prod_1' }]);
    expect(h.api.callsOf('answerCallbackQuery')).toHaveLength(1);
  });

  it('refuses a post without the right secret', async () => {
    const h = createHarness({ mode: 'webhook', publicUrl: 'https://etalase.example', webhookSecret: 'abc_123' });
    const response = await appFor(h).request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'wrong' },
      body: JSON.stringify(loadUpdate('text')),
    });
    expect(response.status).toBe(401);
    expect(h.events).toEqual([]);
  });
});
