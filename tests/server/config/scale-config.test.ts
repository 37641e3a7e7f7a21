// Issue 28: the settings of several processes on one database.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config/config.ts';

const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('settings for several processes', () => {
  it('requires SESSION_SECRET with DATABASE_URL, naming it in one line', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db' })).toThrow(/^invalid setting SESSION_SECRET: required with DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET: use at least 16 characters/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db', SESSION_SECRET: '0123456789abcdef0123' }).SESSION_SECRET).toBe('0123456789abcdef0123');
    // the embedded database keeps its per-folder secret
    expect(loadConfig({}).SESSION_SECRET).toBeUndefined();
  });

  it('makes the Telegram mode explicit: auto follows PUBLIC_URL, webhook needs it, polling is kept when chosen', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }).telegramMode).toBe('polling');
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, PUBLIC_URL: 'https://x.example' }).telegramMode).toBe('webhook');
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, PUBLIC_URL: 'https://x.example', TELEGRAM_MODE: 'polling' }).telegramMode).toBe('polling');
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: 'webhook' })).toThrow(/PUBLIC_URL: required with TELEGRAM_MODE=webhook/);
  });

  it('reads TRUST_PROXY as off, a hop count or a list of proxies, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'off' });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1, ::1' }).trustProxy.kind).toBe('list');
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
  });

  it('wants both keys with an S3 bucket', () => {
    expect(() => loadConfig({ S3_BUCKET: 'media' })).toThrow(/S3_ACCESS_KEY_ID: required with S3_BUCKET/);
    expect(loadConfig({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'true' }).S3_FORCE_PATH_STYLE).toBe(true);
  });
});
