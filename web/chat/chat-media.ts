// GET /chat/media/<token>: a photo the conversation showed, for the browser holding that chat's cookie.
import type { Context } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { mimeOfPath } from '../../domain/media/media-resolver.ts';
import type { Services } from '../../domain/services/services.ts';
import { readChatId } from './chat-session.ts';
import { verifyMediaToken } from '../../domain/chat/media-link.ts';

const notFound = (c: Context) => c.body('not found', 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });

export function chatMediaHandler(deps: { services: Services; cookieSecret: string }) {
  return async (c: Context<AppEnv>) => {
    const chatId = await readChatId(c, deps.cookieSecret);
    const ref = chatId ? verifyMediaToken(deps.cookieSecret, chatId, c.req.param('token') ?? '') : null;
    if (!ref) return notFound(c);
    let data: Buffer;
    let mime: string;
    try {
      if ('mediaId' in ref) {
        const row = await deps.services.media.findById(ref.mediaId);
        if (!row) return notFound(c);
        data = await deps.services.media.read(row.path);
        mime = row.mime;
      } else {
        data = await deps.services.media.read(ref.path);
        mime = mimeOfPath(ref.path);
      }
    } catch {
      return notFound(c);
    }
    const shown = /^image\/(jpeg|png|webp)$/.test(mime) || mime === 'application/pdf';
    return c.body(new Uint8Array(data), 200, {
      'content-type': shown ? mime : 'application/octet-stream',
      'content-disposition': shown ? 'inline' : 'attachment',
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
  };
}
