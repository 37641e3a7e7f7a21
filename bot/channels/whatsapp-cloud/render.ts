// OutMessage → the parts sent on the Cloud API, with real buttons and lists: up to 3 choices become reply
// buttons, 4 to 10 a list message, more than 10 the numbered text menu of WhatsApp Web, in pages. A button
// or row id is "c|<menuToken>|<value>", the format of Telegram's callback data: the tap comes back as that
// value with the token of the menu it belonged to, and the engine checks both against the menu stored in
// the session, exactly as for Telegram. Pure: texts are already translated, t only adds the channel's words.
import type { TFunction } from '../../../domain/lib/i18n.ts';
import type { OutMessage, Option } from '../../../domain/chat/message.ts';
import { shorten } from './shorten.ts';

type OutMedia = Extract<OutMessage, { type: 'photo' }>['media'];

export const LIMITS = {
  text: 4096,
  body: 1024,
  caption: 1024,
  buttons: 3,
  buttonTitle: 20,
  rows: 10,
  rowTitle: 24,
  rowDescription: 72,
  listButton: 20,
  buttonId: 256,
  rowId: 200,
} as const;

/** numbered entries per text message when a menu is too long for a list */
export const TEXT_MENU_PAGE = 10;

export type CloudPart =
  | { kind: 'text'; text: string }
  | { kind: 'image'; media: OutMedia; caption?: string }
  | { kind: 'document'; media: OutMedia; filename: string; caption?: string }
  | { kind: 'buttons'; body: string; buttons: { id: string; title: string }[] }
  | { kind: 'list'; body: string; button: string; rows: { id: string; title: string; description?: string }[] }
  | { kind: 'link'; body: string; label: string; url: string }
  | { kind: 'location_request'; body: string };

const MAX_TOKEN_CHARS = 32;

export function encodeChoiceId(value: string, menuToken: string | undefined, max: number): string {
  const token = menuToken && !menuToken.includes('|') && menuToken.length <= MAX_TOKEN_CHARS ? menuToken : '';
  const id = `c|${token}|${value}`;
  if (id.length <= max) return id;
  throw new Error(`option value is too long for a WhatsApp button id (${value.length} characters)`);
}

/** Ids we did not make (older formats, someone else's) decode to an empty value: the engine says "outdated". */
export function decodeChoiceId(id: string): { value: string; menuToken?: string } {
  const match = /^c\|([^|]{0,32})\|([\s\S]*)$/.exec(id);
  if (!match) return { value: '' };
  return match[1] ? { value: match[2]!, menuToken: match[1] } : { value: match[2]! };
}

/** Splits a long text at line ends (or spaces) so that every piece fits one message. */
export function splitText(text: string, max: number = LIMITS.text): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf('\n', max);
    if (at < max / 2) at = rest.lastIndexOf(' ', max);
    if (at < max / 2) at = max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Titles that stay different after shortening (WhatsApp refuses two reply buttons with the same title). */
function uniqueTitles(labels: string[], max: number): string[] {
  const seen = new Set<string>();
  return labels.map((label, i) => {
    let title = shorten(label, max);
    if (seen.has(title)) title = `${shorten(label, max - 3)} ${i + 1}`.slice(0, max);
    seen.add(title);
    return title;
  });
}

function linkLines(links: Option[]): string {
  return links.map((o) => `${o.label}: ${o.url}`).join('\n');
}

function numberedMenu(intro: string | undefined, choices: Option[], links: Option[], t: TFunction): CloudPart[] {
  const lines = choices.map((o, i) => `${i + 1}. ${o.label}`);
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += TEXT_MENU_PAGE) pages.push(lines.slice(i, i + TEXT_MENU_PAGE).join('\n'));
  pages[0] = intro ? `${intro}\n\n${pages[0]}` : pages[0]!;
  const tail = [links.length ? linkLines(links) : '', t('whatsapp:menu.hint')].filter(Boolean).join('\n\n');
  pages[pages.length - 1] = `${pages[pages.length - 1]}\n\n${tail}`;
  return pages.flatMap((page) => splitText(page).map((text) => ({ kind: 'text' as const, text })));
}

/** The parts of a question with options: buttons, a list, a link button or the numbered menu. */
export function renderMenu(text: string | undefined, options: Option[], menuToken: string | undefined, t: TFunction): CloudPart[] {
  const choices = options.filter((o) => o.value !== undefined);
  const links = options.filter((o) => o.value === undefined && o.url);
  if (choices.length > LIMITS.rows) return numberedMenu(text, choices, links, t);
  if (choices.length === 0) {
    if (links.length === 1 && text && text.length <= LIMITS.body) return [{ kind: 'link', body: text, label: shorten(links[0]!.label, LIMITS.buttonTitle), url: links[0]!.url! }];
    const body = [text, linkLines(links)].filter(Boolean).join('\n\n');
    return body ? splitText(body).map((piece) => ({ kind: 'text' as const, text: piece })) : [];
  }
  const full = [text, links.length ? linkLines(links) : ''].filter(Boolean).join('\n\n');
  // a question longer than an interactive body goes first as text; the menu then carries a short prompt
  const before: CloudPart[] = full.length > LIMITS.body ? splitText(full).map((piece) => ({ kind: 'text' as const, text: piece })) : [];
  const body = full && full.length <= LIMITS.body ? full : t('whatsapp-cloud:menu.choose');
  if (choices.length <= LIMITS.buttons) {
    const titles = uniqueTitles(choices.map((o) => o.label), LIMITS.buttonTitle);
    return [...before, { kind: 'buttons', body, buttons: choices.map((o, i) => ({ id: encodeChoiceId(o.value!, menuToken, LIMITS.buttonId), title: titles[i]! })) }];
  }
  const rows = choices.map((o) => {
    const title = shorten(o.label, LIMITS.rowTitle);
    // a shortened title shows the whole label underneath, as far as the description allows
    const description = title === o.label.replace(/\s+/g, ' ').trim() ? undefined : shorten(o.label, LIMITS.rowDescription);
    return { id: encodeChoiceId(o.value!, menuToken, LIMITS.rowId), title, ...(description ? { description } : {}) };
  });
  return [...before, { kind: 'list', body, button: shorten(t('whatsapp-cloud:menu.open'), LIMITS.listButton), rows }];
}

export function renderCloud(msg: OutMessage, t: TFunction): CloudPart[] {
  switch (msg.type) {
    case 'text':
      return splitText(msg.text).map((text) => ({ kind: 'text' as const, text }));
    case 'choices':
      return renderMenu(msg.text, msg.options, msg.menuToken, t);
    case 'photo': {
      const caption = msg.caption?.trim();
      const fits = !caption || caption.length <= LIMITS.caption;
      const image: CloudPart = fits && caption ? { kind: 'image', media: msg.media, caption } : { kind: 'image', media: msg.media };
      const longCaption: CloudPart[] = fits ? [] : splitText(caption!).map((text) => ({ kind: 'text' as const, text }));
      const menu = msg.options?.length ? renderMenu(undefined, msg.options, msg.menuToken, t) : [];
      return [image, ...longCaption, ...menu];
    }
    case 'document': {
      const caption = msg.caption?.trim();
      const fits = !caption || caption.length <= LIMITS.caption;
      const doc: CloudPart = { kind: 'document', media: msg.media, filename: msg.filename, ...(fits && caption ? { caption } : {}) };
      return fits ? [doc] : [...splitText(caption!).map((text) => ({ kind: 'text' as const, text })), doc];
    }
    case 'request':
      if (msg.request === 'location') return [{ kind: 'location_request', body: shorten(msg.text, LIMITS.body) }];
      // no "share my number" on WhatsApp: the sender's number is already known; photos come by attachment
      return splitText(`${msg.text}\n\n${t(`whatsapp:request.${msg.request}`)}`).map((text) => ({ kind: 'text' as const, text }));
  }
}
