// Telegram Mini App launch data (initData): Telegram signs it with a key derived from the bot's token, so
// the server can trust the user it names. See core.telegram.org/bots/webapps, "Validating data received
// via the Mini App": secret = HMAC-SHA256("WebAppData", token); hash = HMAC-SHA256(secret, the fields but
// hash, sorted, as key=value lines). Old launch data is refused too (a leaked link is not a session).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export interface MiniAppUser {
  id: number;
  firstName: string;
  languageCode: string | null;
}

const userSchema = z.object({ id: z.number().int().positive(), first_name: z.string().max(200).default(''), last_name: z.string().max(200).optional(), language_code: z.string().max(20).optional() });

/** the data-check string and its expected hash, as Telegram computes them */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const check = Object.keys(fields)
    .filter((k) => k !== 'hash')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('\n');
  return createHmac('sha256', secret).update(check).digest('hex');
}

/** The user of valid, recent launch data, or null (unsigned, tampered, too old, malformed). */
export function verifyInitData(initData: string, botToken: string, now: Date, maxAgeSeconds = 24 * 3600): { user: MiniAppUser; startParam: string | null } | null {
  if (!initData || initData.length > 4096 || !botToken) return null;
  const params = new URLSearchParams(initData);
  const fields = Object.fromEntries(params.entries());
  const hash = fields.hash ?? '';
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const want = Buffer.from(signInitData(fields, botToken), 'hex');
  if (!timingSafeEqual(want, Buffer.from(hash, 'hex'))) return null;
  const authDate = Number(fields.auth_date);
  if (!Number.isFinite(authDate) || now.getTime() / 1000 - authDate > maxAgeSeconds) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fields.user ?? 'null');
  } catch {
    return null;
  }
  const user = userSchema.safeParse(raw);
  if (!user.success) return null;
  const start = fields.start_param && /^[A-Za-z0-9_-]{1,64}$/.test(fields.start_param) ? fields.start_param : null;
  return { user: { id: user.data.id, firstName: [user.data.first_name, user.data.last_name].filter(Boolean).join(' '), languageCode: user.data.language_code ?? null }, startParam: start };
}
