// OutMessages as console lines: the console shows exactly what a WhatsApp user would see (numbered menus,
// link options printed), with photos shown as their stored file path.
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { OutMessage } from '../../../domain/chat/message.ts';
import { renderWhatsApp } from '../whatsapp/render.ts';

export function renderConsole(messages: OutMessage[], lang: Lang): string[] {
  const t = translator(lang);
  return messages.flatMap((m) =>
    renderWhatsApp(m, t).map((part) => {
      if (part.kind === 'text') return part.text;
      const ref = part.media.path ?? part.media.url ?? `media:${part.media.mediaId}`;
      // a document (a report file) is named and pointed at in the data folder's media/
      if (part.document) return `📄 [${part.document.filename}: ${part.media.path ? `media/${part.media.path}` : ref}]${part.caption ? `\n${part.caption}` : ''}`;
      return `🖼  [${t('console:photo')}: ${ref}]${part.caption ? `\n${part.caption}` : ''}`;
    }),
  );
}
