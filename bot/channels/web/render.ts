// OutMessages as JSON for the web chat page. The page puts every text in with textContent (never as HTML),
// so texts go out as they are; links are kept only when they are http(s) or same-site paths, and photos
// become links signed for this chat.
import type { TFunction } from '../../../domain/lib/i18n.ts';
import type { OutMessage } from '../../../domain/chat/message.ts';
import { mediaLink } from '../../../domain/chat/media-link.ts';
import type { WebMessage, WebOption } from '../../../domain/chat/web-chat.ts';

/** http(s) URLs and same-site paths; "javascript:", "data:" and protocol-relative links are dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^https?:\/\/[^\s]+$/i.test(url)) return url;
  if (/^\/(?!\/)[^\s]*$/.test(url)) return url;
  return undefined;
}

function options(list: { label: string; value?: string; url?: string }[] | undefined): WebOption[] {
  return (list ?? []).flatMap((o) => {
    const url = safeUrl(o.url);
    if (o.value === undefined && !url) return [];
    return [{ label: o.label, ...(o.value !== undefined ? { value: o.value } : {}), ...(url ? { url } : {}) }];
  });
}

export interface RenderWebArgs {
  chatId: string;
  secret: string;
  t: TFunction;
}

export function renderWeb(messages: OutMessage[], { chatId, secret, t }: RenderWebArgs): WebMessage[] {
  return messages.flatMap((m): WebMessage[] => {
    switch (m.type) {
      case 'text':
        return [{ type: 'text', text: m.text }];
      case 'choices':
        return [{ type: 'choices', text: m.text, options: options(m.options), ...(m.menuToken ? { menuToken: m.menuToken } : {}), ...(m.columns ? { columns: m.columns } : {}) }];
      case 'photo': {
        const src = m.media.mediaId
          ? mediaLink(secret, chatId, { mediaId: m.media.mediaId })
          : m.media.path
            ? mediaLink(secret, chatId, { path: m.media.path })
            : safeUrl(m.media.url);
        const opts = options(m.options);
        const rest = { ...(opts.length ? { options: opts } : {}), ...(m.menuToken ? { menuToken: m.menuToken } : {}) };
        // a photo that cannot be shown still carries its caption and buttons
        if (!src) return m.caption || opts.length ? [{ type: 'choices', text: m.caption || t('web:chat.photo'), options: opts, ...(m.menuToken ? { menuToken: m.menuToken } : {}) }] : [];
        return [{ type: 'photo', src, ...(m.caption ? { caption: m.caption } : {}), ...rest }];
      }
      case 'document': {
        // a download link under the caption (the link works only with this chat's cookie)
        const href = m.media.mediaId ? mediaLink(secret, chatId, { mediaId: m.media.mediaId }) : m.media.path ? mediaLink(secret, chatId, { path: m.media.path }) : safeUrl(m.media.url);
        if (!href) return m.caption ? [{ type: 'text', text: m.caption }] : [];
        return [{ type: 'choices', text: m.caption || m.filename, options: [{ label: `📄 ${m.filename}`, url: href }] }];
      }
      case 'request':
        return [
          {
            type: 'request',
            request: m.request,
            text: m.text,
            ...(m.buttonLabel ? { buttonLabel: m.buttonLabel } : {}),
            ...(m.request === 'contact' ? { hint: t('web:chat.typePhone') } : m.request === 'location' ? { hint: t('web:chat.shareLocation') } : {}),
          },
        ];
    }
  });
}
