// Every setting, validated once at start-up. An invalid value stops the process with one readable line
// naming the variable (see formatConfigError), never a stack trace.
import path from 'node:path';
import { z } from 'zod';
import { checkWhatsAppCloud, whatsappCloudSettings, whatsappTransportOf } from './whatsapp-cloud.config.ts';
import { checkScale, scaleSettings, telegramModeOf } from './scale.config.ts';
import { parseTrustProxy, type TrustProxy } from '../../domain/lib/http/trusted-proxy.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const configSchema = z
  .object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), 'must start with postgresql://')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  // PostgreSQL's connection pool: its size, and how long a statement waits for a connection before the
  // request fails as busy (API 503 + Retry-After; the chat asks to try again)
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), 'looks wrong: a token is "123456:ABC-..." from @BotFather')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  TELEGRAM_BOT_USERNAME: optionalString,
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  WHATSAPP_ENABLED: bool.default(false),
  WHATSAPP_NUMBER: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{8,15}$/.test(v), 'digits only with country code, e.g. 6281234567890')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  /** unset: the system's Chromium (/usr/bin/chromium), else the one the npm package @sparticuz/chromium ships */
  CHROMIUM_PATH: optionalString,
  WHATSAPP_INIT_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  ...whatsappCloudSettings,
  ...scaleSettings,
  USD_RATE_IDR: z.coerce.number().int().positive().default(16_000),
  ORDER_PAYMENT_TTL_HOURS: z.coerce.number().positive().default(48),
  DEFAULT_MONTHLY_TARGET: z.coerce.number().int().min(0).default(2),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
  WEBCHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  SESSION_SECRET: optionalString,
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(500),
  SCHEDULER_ENABLED: bool.default(true),
  // online payment (Midtrans); off while MIDTRANS_SERVER_KEY is empty
  MIDTRANS_SERVER_KEY: optionalString,
  MIDTRANS_CLIENT_KEY: optionalString,
  MIDTRANS_PRODUCTION: bool.default(false),
  MIDTRANS_API_ROOT: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  MIDTRANS_SNAP_ROOT: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  PAYMENT_EXPIRY_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(60),
  PAYMENT_BANK_TRANSFER_ENABLED: bool.default(true),
  PAYMENT_NOTIFICATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // shipping rate provider (Biteship API shape) for producers without their own rates; off while the key is empty
  SHIPPING_RATE_API_KEY: optionalString,
  SHIPPING_RATE_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.biteship.com'),
  SHIPPING_RATE_COURIERS: z.string().regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/).default('jne,sicepat,jnt,pos'),
  PLATFORM_FEE_PERCENT: z.coerce.number().min(0).max(50).default(0),
  PAYOUT_AUTO_CREDIT_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  })
  .superRefine(checkWhatsAppCloud)
  .superRefine(checkScale);

export type Config = z.infer<typeof configSchema> & {
  /** absolute DATA_DIR */
  dataDir: string;
  databaseKind: 'pglite' | 'postgresql';
  telegramMode: 'off' | 'polling' | 'webhook';
  trustProxy: TrustProxy;
  /** which WhatsApp transport runs: whatsapp-web.js, the Cloud API, or none */
  whatsappTransport: 'off' | 'web' | 'cloud';
};

export class ConfigError extends Error {}

export function formatConfigError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `invalid setting ${issue.path.join('.') || '(environment)'}: ${issue.message}`)
    .join('; ');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(formatConfigError(parsed.error));
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    databaseKind: c.DATABASE_URL ? 'postgresql' : 'pglite',
    telegramMode: telegramModeOf(c),
    trustProxy: parseTrustProxy(c.TRUST_PROXY)!,
    whatsappTransport: whatsappTransportOf(c),
  };
}
