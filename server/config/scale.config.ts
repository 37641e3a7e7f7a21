// Settings for running several processes on one PostgreSQL (issue 28): the conversation lock and the replies
// a turn leaves to send, the Telegram mode, which proxies are trusted for the client's address, the object
// store for media, and the secrets every process must share.
import { z } from 'zod';
import { parseTrustProxy } from '../../domain/lib/http/trusted-proxy.ts';
import type { S3Settings } from '../../domain/media/s3-media-store.ts';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const scaleSettings = {
  /** how long a process holds a conversation during a turn; another waits up to this (+1 s) before answering "deliver again" */
  CONVERSATION_LOCK_TTL_MS: z.coerce.number().int().min(1_000).max(300_000).default(20_000),
  /** a committed turn's replies stay the turn's process's to send this long without a renewal (renewed while sending) */
  REPLY_CLAIM_MS: z.coerce.number().int().min(500).max(600_000).default(15_000),
  /** how often a process looks for replies a stopped process committed and never sent */
  REPLY_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** auto: webhook when PUBLIC_URL is set, polling otherwise; polling never removes a webhook unless chosen here */
  TELEGRAM_MODE: z.enum(['auto', 'webhook', 'polling', '']).transform((v) => (v === '' ? 'auto' : v)).default('auto'),
  /** off (the socket's address is the client), a number of proxies in front, or their addresses/CIDRs */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('')
    .refine((v) => parseTrustProxy(v) !== null, 'off, a number of proxies in front (1), or a comma-separated list of their addresses or CIDRs (10.0.0.0/8,127.0.0.1)'),
  /** media in an S3-compatible object store when a bucket is set; the data folder's media/ otherwise */
  S3_BUCKET: optional,
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  S3_REGION: z.string().trim().default('us-east-1'),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  /** MinIO, s3rver and most self-hosted stores want http://host/bucket/key rather than http://bucket.host/key */
  S3_FORCE_PATH_STYLE: bool.default(false),
};

interface ScaleInput {
  DATABASE_URL?: string | undefined;
  SESSION_SECRET?: string | undefined;
  PUBLIC_URL?: string | undefined;
  TELEGRAM_BOT_TOKEN?: string | undefined;
  TELEGRAM_MODE: string;
  S3_BUCKET?: string | undefined;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
}

/** What only makes sense together: one line per missing setting (formatConfigError). */
export function checkScale(c: ScaleInput, ctx: z.RefinementCtx): void {
  // several processes on one database must sign cookies alike: a per-folder secret would log visitors out
  // (and empty their web chat) whenever the load balancer sends them to another process
  if (c.DATABASE_URL && !c.SESSION_SECRET) ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'required with DATABASE_URL: every process must share it (e.g. openssl rand -hex 32)' });
  if (c.SESSION_SECRET && c.SESSION_SECRET.length < 16) ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'use at least 16 characters' });
  if (c.TELEGRAM_BOT_TOKEN && c.TELEGRAM_MODE === 'webhook' && !c.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'required with TELEGRAM_MODE=webhook: Telegram posts to PUBLIC_URL/telegram/webhook' });
  if (c.S3_BUCKET && (!c.S3_ACCESS_KEY_ID || !c.S3_SECRET_ACCESS_KEY)) ctx.addIssue({ code: 'custom', path: [c.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'], message: 'required with S3_BUCKET' });
}

export function telegramModeOf(c: ScaleInput): 'off' | 'polling' | 'webhook' {
  if (!c.TELEGRAM_BOT_TOKEN) return 'off';
  if (c.TELEGRAM_MODE === 'webhook' || c.TELEGRAM_MODE === 'polling') return c.TELEGRAM_MODE;
  return c.PUBLIC_URL ? 'webhook' : 'polling';
}

/** The object store's settings when S3_BUCKET is set (checkScale made sure of the keys). */
export function s3SettingsOf(c: {
  S3_BUCKET?: string | undefined;
  S3_ENDPOINT?: string | undefined;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
  S3_FORCE_PATH_STYLE: boolean;
}): S3Settings | null {
  if (!c.S3_BUCKET || !c.S3_ACCESS_KEY_ID || !c.S3_SECRET_ACCESS_KEY) return null;
  return { bucket: c.S3_BUCKET, ...(c.S3_ENDPOINT ? { endpoint: c.S3_ENDPOINT } : {}), region: c.S3_REGION, accessKeyId: c.S3_ACCESS_KEY_ID, secretAccessKey: c.S3_SECRET_ACCESS_KEY, forcePathStyle: c.S3_FORCE_PATH_STYLE };
}
