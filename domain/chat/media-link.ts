// Links to the photos a conversation shows (product photos, a payment proof sent to its producer, a QRIS
// code): /chat/media/<payload>.<signature>, valid only with the cookie of the chat they were sent to.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const refSchema = z.union([z.object({ m: z.string().min(1).max(64) }).strict(), z.object({ p: z.string().min(1).max(300) }).strict()]);
export type MediaRef = { mediaId: string } | { path: string };

function sign(secret: string, chatId: string, payload: string): string {
  return createHmac('sha256', secret).update(`chat-media\n${chatId}\n${payload}`).digest('base64url').slice(0, 32);
}

export function mediaLink(secret: string, chatId: string, ref: MediaRef): string {
  const payload = Buffer.from(JSON.stringify('mediaId' in ref ? { m: ref.mediaId } : { p: ref.path })).toString('base64url');
  return `/chat/media/${payload}.${sign(secret, chatId, payload)}`;
}

/** The media a token names, when it was signed for this chat; null otherwise. */
export function verifyMediaToken(secret: string, chatId: string, token: string): MediaRef | null {
  const m = /^([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(sign(secret, chatId, m[1]!));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = refSchema.safeParse(JSON.parse(Buffer.from(m[1]!, 'base64url').toString()));
    if (!parsed.success) return null;
    return 'm' in parsed.data ? { mediaId: parsed.data.m } : { path: parsed.data.p };
  } catch {
    return null;
  }
}
