// An inbound event as the step sees it: a typed number or label on a numbered menu becomes the choice, a
// tapped button is checked against the menu it came from (a button of an old menu is "stale").
import type { SessionRecord } from '../../../domain/repositories/conversation.repository.ts';
import type { InboundEvent, MediaFetcher } from '../../../domain/chat/message.ts';
import type { StepInput } from '../flow.ts';
import { matchMenuReply } from '../menu-match.ts';
import type { Lang } from '../../../domain/lib/i18n.ts';
import { normalise } from '../../../domain/understanding/normalise.ts';

export type Input = StepInput | { kind: 'stale' };

/** Typed text as a step reads it: as typed, and normalised once for every reader of this turn. */
export function textInput(typed: string, lang: Lang): Extract<StepInput, { kind: 'text' }> {
  const text = typed.trim();
  return { kind: 'text', text, normal: normalise(text, lang) };
}

export function toInput(event: InboundEvent, session: SessionRecord, lang: Lang, fetchMedia?: MediaFetcher): Input {
  switch (event.type) {
    case 'text': {
      const picked = matchMenuReply(session.menu, event.text);
      return picked !== null ? { kind: 'choice', value: picked } : textInput(event.text, lang);
    }
    case 'choice': {
      if (event.value.startsWith('!')) return { kind: 'choice', value: event.value };
      const menu = session.menu;
      if (!menu || event.menuToken !== menu.token || !menu.items.some((i) => i.value === event.value)) return { kind: 'stale' };
      return { kind: 'choice', value: event.value };
    }
    case 'media':
      return {
        kind: 'media',
        mediaKind: event.kind,
        mime: event.mime,
        bytes: event.bytes,
        caption: event.caption,
        fetch: () => (fetchMedia ? fetchMedia(event.ref) : Promise.reject(new Error('this channel cannot fetch media'))),
      };
    case 'contact':
      return { kind: 'contact', phone: event.phone, name: event.name };
    case 'location':
      return { kind: 'location', latitude: event.latitude, longitude: event.longitude };
    case 'unsupported':
      return { kind: 'unsupported', what: event.kind };
    case 'command':
      return textInput(`/${event.command} ${event.args}`, lang);
  }
}
