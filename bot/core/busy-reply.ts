// A turn the database could not take (every pooled connection stayed busy past DATABASE_POOL_TIMEOUT_MS) still
// gets an answer: "we are busy, please send it again", in the language the sender's app reports. Nothing of
// the turn happened (no session was taken), so sending the message again is safe.
import { isDatabaseBusy } from '../../domain/db/busy.ts';
import { translator, type Lang } from '../../domain/lib/i18n.ts';
import type { InboundEventInput, OutMessage } from '../../domain/chat/message.ts';

/** The reply for a turn that failed with `error`, or null when the failure was not the database being busy. */
export function busyReply(input: InboundEventInput, error: unknown): { lang: Lang; messages: OutMessage[] } | null {
  if (!isDatabaseBusy(error)) return null;
  const lang: Lang = /^en/i.test(input.profile?.languageCode ?? '') ? 'en' : 'id';
  return { lang, messages: [{ type: 'text', text: translator(lang)('engine:busy') }] };
}
