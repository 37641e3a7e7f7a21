// Deep links to a product (Telegram start parameter, wa.me prefilled text, storefront page) and the start
// parameter they carry: "p_<code>", optionally with the display point whose QR label was scanned
// ("p_KBJ01__d_KOE"), or a point alone ("d_KOE"). Used by the card's Share button and by QR labels.
import type { ChannelName } from '../chat/message.ts';

export interface LinkSettings {
  telegramBotUsername?: string;
  whatsappNumber?: string;
  publicUrl: string;
}

export type StartParam = { code: string; pointCode: string | null } | { code: null; pointCode: string };

const PRODUCT_PARAM = /^p_([A-Za-z0-9]{2,20})(?:__d_([A-Za-z0-9-]{2,32}))?$/;
const POINT_PARAM = /^d_([A-Za-z0-9-]{2,32})$/;

/** Reads a start parameter; null when it is not one of ours (another module's link). */
export function parseStartParam(param: string): StartParam | null {
  const trimmed = param.trim();
  const product = PRODUCT_PARAM.exec(trimmed);
  if (product) return { code: product[1]!.toUpperCase(), pointCode: product[2]?.toUpperCase() ?? null };
  const point = POINT_PARAM.exec(trimmed);
  if (point) return { code: null, pointCode: point[1]!.toUpperCase() };
  return null;
}

export function startParam(code: string, pointCode?: string | null): string {
  return `p_${code}${pointCode ? `__d_${pointCode}` : ''}`;
}

export interface ProductLinks {
  telegram: string | null;
  whatsapp: string | null;
  storefront: string;
}

/** Every way to open the product: in the Telegram bot, in the WhatsApp chat and on the storefront. */
export function productLinks(settings: LinkSettings, product: { code: string; slug: string }, pointCode?: string | null): ProductLinks {
  const param = startParam(product.code, pointCode);
  const bot = settings.telegramBotUsername?.replace(/^@/, '');
  const number = settings.whatsappNumber?.replace(/\D/g, '');
  return {
    telegram: bot ? `https://t.me/${bot}?start=${param}` : null,
    whatsapp: number ? `https://wa.me/${number}?text=${encodeURIComponent(`start ${param}`)}` : null,
    storefront: `${settings.publicUrl.replace(/\/+$/, '')}/p/${product.slug}`,
  };
}

/**
 * The Share button's URL: on Telegram it opens the forward dialog with the bot link, on WhatsApp a new
 * message with the wa.me link; elsewhere the storefront page (which works for anyone).
 */
export function shareUrl(channel: ChannelName, links: ProductLinks, title: string): string {
  if (channel === 'TELEGRAM') {
    const link = links.telegram ?? links.storefront;
    return `https://t.me/share/url?url=${encodeURIComponent(link)}&text=${encodeURIComponent(title)}`;
  }
  if (channel === 'WHATSAPP') return `https://wa.me/?text=${encodeURIComponent(`${title}\n${links.whatsapp ?? links.storefront}`)}`;
  return links.storefront;
}
