// OutMessage → what we send on WhatsApp. WhatsApp Web has no buttons we can rely on, so choices become a
// numbered text menu; the engine maps "2" back to the 2nd option that has a value (same counting as here),
// and link options are printed as "Label: url" without a number. Texts are sent as the engine wrote them.
import type { TFunction } from '../../../domain/lib/i18n.ts';
import type { OutMessage, Option } from '../../../domain/chat/message.ts';

type OutMedia = Extract<OutMessage, { type: 'photo' }>['media'];

export type WhatsAppPart = { kind: 'text'; text: string } | { kind: 'media'; media: OutMedia; caption?: string; document?: { filename: string } };

/** The menu lines and, when anything is numbered, the hint telling people to answer with a number. */
function renderMenu(options: Option[], t: TFunction): string {
  let n = 0;
  const lines = options.map((option) => {
    if (option.value !== undefined) return `${++n}. ${option.label}`;
    if (option.url) return `${option.label}: ${option.url}`;
    return option.label;
  });
  const hint = n > 0 ? `\n\n${t('whatsapp:menu.hint')}` : '';
  return `${lines.join('\n')}${hint}`;
}

function withMenu(text: string | undefined, options: Option[] | undefined, t: TFunction): string | undefined {
  if (!options || options.length === 0) return text;
  const menu = renderMenu(options, t);
  return text ? `${text}\n\n${menu}` : menu;
}

export function renderWhatsApp(msg: OutMessage, t: TFunction): WhatsAppPart[] {
  switch (msg.type) {
    case 'text':
      return [{ kind: 'text', text: msg.text }];
    case 'choices':
      return [{ kind: 'text', text: withMenu(msg.text, msg.options, t) ?? msg.text }];
    case 'photo': {
      const caption = withMenu(msg.caption, msg.options, t);
      return [caption ? { kind: 'media', media: msg.media, caption } : { kind: 'media', media: msg.media }];
    }
    case 'document':
      return [{ kind: 'media', media: msg.media, ...(msg.caption ? { caption: msg.caption } : {}), document: { filename: msg.filename } }];
    case 'request':
      // WhatsApp has no "share my number" button; the sender's number is already known to the engine.
      return [{ kind: 'text', text: `${msg.text}\n\n${t(`whatsapp:request.${msg.request}`)}` }];
  }
}
