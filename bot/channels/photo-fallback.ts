// When a channel cannot send a photo (unsupported by an emulator or Bot API, too large, refused), the same
// card goes as text with a link to the picture, so the user still sees the product and its buttons. The
// failure is logged once per kind of failure, not once per card: a Bot API without sendPhoto would
// otherwise fill the log with one warning per product shown.
import { translator, type Lang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { OutMessage } from '../../domain/chat/message.ts';

export type OutMedia = Extract<OutMessage, { type: 'photo' }>['media'];

/** A public link to a picture (its storefront URL), or null when it has none. */
export type MediaLinker = (media: OutMedia) => Promise<string | null> | string | null;

/** The caption followed by the picture's link, in the chat's language. */
export async function photoAsText(media: OutMedia, caption: string | undefined, lang: Lang | undefined, linkOf?: MediaLinker): Promise<string> {
  const link = media.url ?? (await Promise.resolve(linkOf?.(media)).catch(() => null)) ?? null;
  const t = translator(lang ?? 'id');
  const line = link ? t('conversation:photo.link', { url: link }) : t('conversation:photo.unavailable');
  return caption ? `${caption}\n\n${line}` : line;
}

/** Logs a failed photo send at warn the first time each kind of failure is seen. */
export function createFailureLog(logger: Logger | undefined, channel: string) {
  const seen = new Set<string>();
  return (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    const kind = message.slice(0, 120);
    if (seen.has(kind)) return;
    seen.add(kind);
    logger?.warn({ err: error, channel }, 'photo send failed; sent as text with the picture link (further failures of this kind are not logged)');
  };
}
