import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config/config.ts';

describe('config', () => {
  it('defaults to the embedded database with Telegram and WhatsApp off', () => {
    const c = loadConfig({});
    expect(c.databaseKind).toBe('pglite');
    expect(c.telegramMode).toBe('off');
    expect(c.WHATSAPP_ENABLED).toBe(false);
    expect(c.PORT).toBe(3000);
  });

  it('picks PostgreSQL when DATABASE_URL is set, webhook mode when a public URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db', TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', PUBLIC_URL: 'https://etalase.example' });
    expect(c.databaseKind).toBe('postgresql');
    expect(c.telegramMode).toBe('webhook');
  });

  it('stops with one readable line naming each invalid setting', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TELEGRAM_BOT_TOKEN: 'nope' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toContain('invalid setting PORT');
      expect(message).toContain('invalid setting DATABASE_URL: must start with postgresql://');
      expect(message).toContain('invalid setting TELEGRAM_BOT_TOKEN');
    }
  });
});
