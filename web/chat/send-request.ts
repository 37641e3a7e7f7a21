// Reads POST /chat/api/send: JSON ({ text } | { choice } | { start } | { location }) or a multipart photo
// upload. Bad input becomes a message key for a friendly answer, never an exception.
import type { Context } from 'hono';
import type { InboundBody, MediaFetcher } from '../../domain/chat/message.ts';
import { cleanShortText } from '../../domain/chat/clean-text.ts';
import { toInboundBody, webSendSchema } from '../../bot/channels/web/parse.ts';

export type SendRequest = { ok: true; body: InboundBody; fetchMedia?: MediaFetcher } | { ok: false; messageKey: string };

const bad = (messageKey = 'web:chat.error'): SendRequest => ({ ok: false, messageKey });

export async function parseSendRequest(c: Context, maxPhotoBytes: number): Promise<SendRequest> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      return bad();
    }
    const photo = form.photo;
    if (!(photo instanceof File) || photo.size === 0) return bad('web:chat.noPhoto');
    if (photo.size > maxPhotoBytes) return bad('web:chat.tooLargeShort');
    const data = Buffer.from(await photo.arrayBuffer());
    const mime = photo.type || 'application/octet-stream';
    const caption = typeof form.caption === 'string' ? cleanShortText(form.caption, 1000) : undefined;
    return {
      ok: true,
      body: { type: 'media', kind: 'photo', ref: 'upload', mime, bytes: data.length, ...(caption ? { caption } : {}) },
      fetchMedia: async () => ({ data, mime }),
    };
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return bad();
  }
  const parsed = webSendSchema.safeParse(json);
  return parsed.success ? { ok: true, body: toInboundBody(parsed.data) } : bad();
}
