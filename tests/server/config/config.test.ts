import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config/config.ts';

describe('config', () => {
  it('defaults to the embedded database with Telegram and WhatsApp off', () => {
    const c = loadConfig({});
    expect(c.databaseKind).toBe('pglite');
    expect(c.telegramMode).toBe('off');
    expect(c.WHATSAPP_ENABLED).toBe(false);
    expect(c.PORT).toBe(3000);
  });

  it('picks PostgreSQL when DATABASE_URL is set, webhook mode when a public URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db', SESSION_SECRET: 'a-shared-secret-of-32-characters', TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', PUBLIC_URL: 'https://etalase.example' });
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

describe('WhatsApp transport', () => {
  const cloud = { WHATSAPP_CLOUD_PHONE_NUMBER_ID: '109876543210', WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAtest-token-0123456789abcdef', WHATSAPP_CLOUD_APP_SECRET: 'app-secret-x', WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-me-please' };

  it('stays WhatsApp Web when enabled without Cloud credentials; Cloud when its phone number id is set or chosen', () => {
    expect(loadConfig({}).whatsappTransport).toBe('off');
    expect(loadConfig({ WHATSAPP_ENABLED: 'true' }).whatsappTransport).toBe('web');
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', ...cloud }).whatsappTransport).toBe('cloud');
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_TRANSPORT: 'web', ...cloud }).whatsappTransport).toBe('web');
    const c = loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_TRANSPORT: 'cloud', ...cloud, WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9999' });
    expect(c).toMatchObject({ whatsappTransport: 'cloud', WHATSAPP_CLOUD_API_VERSION: 'v24.0', WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9999', WHATSAPP_CLOUD_MESSAGES_PER_SECOND: 80, WHATSAPP_CLOUD_PAIR_INTERVAL_MS: 6000 });
  });

  it('Cloud without a credential stops with one line naming each missing setting', () => {
    const attempt = () => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_TRANSPORT: 'cloud', WHATSAPP_CLOUD_PHONE_NUMBER_ID: '109876543210', WHATSAPP_CLOUD_API_VERSION: '24' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).not.toContain('\n');
    expect(message).toContain('invalid setting WHATSAPP_CLOUD_ACCESS_TOKEN: required with WHATSAPP_TRANSPORT=cloud');
    expect(message).toContain('invalid setting WHATSAPP_CLOUD_APP_SECRET');
    expect(message).toContain('invalid setting WHATSAPP_CLOUD_VERIFY_TOKEN');
    expect(message).toContain('invalid setting WHATSAPP_CLOUD_API_VERSION');
    expect(message).not.toContain('WHATSAPP_CLOUD_PHONE_NUMBER_ID');
    expect(() => loadConfig({ WHATSAPP_TRANSPORT: 'both' })).toThrow(/invalid setting WHATSAPP_TRANSPORT/);
  });

  it('the committed template file is valid: one template per kind, both languages, placeholders matching parameters', async () => {
    const { loadTemplates, templateFor } = await import('../../../bot/channels/whatsapp-cloud/templates.ts');
    const templates = loadTemplates('config/whatsapp-cloud-templates.json');
    expect(templateFor(templates, 'orders:notify.newOrder')?.name).toBe('etalase_new_order');
    expect(templateFor(templates, 'official:notify.decision.APPROVE')?.kind).toBe('curation_result');
    expect(templateFor(templates, 'licensing:notify.expiry90')?.kind).toBe('permit_expiry');
    expect(templateFor(templates, 'official:notify.targetLateDigest')?.kind).toBe('target_alert');
    expect(templateFor(templates, 'dashboard:notify.code')?.kind).toBe('update');
  });
});
