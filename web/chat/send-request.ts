// Reads POST /chat/api/send: JSON ({ text } | { choice } | { start } | { location }) or a multipart photo
// upload, into what the web chat port takes (domain/chat/web-chat.ts). Bad input becomes a message key for
// a friendly answer, never an exception.
import type { Context } from 'hono';
import { webSendSchema, type WebChatInput } from '../../domain/chat/web-chat.ts';

export type SendRequest = { ok: true; input: WebChatInput } | { ok: false; messageKey: string };

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
    const caption = typeof form.caption === 'string' ? form.caption : undefined;
    return { ok: true, input: { photo: { data, mime: photo.type || 'application/octet-stream', ...(caption ? { caption } : {}) } } };
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return bad();
  }
  const parsed = webSendSchema.safeParse(json);
  return parsed.success ? { ok: true, input: parsed.data } : bad();
}
