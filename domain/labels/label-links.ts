// Where a label's QR code leads: the product in the Telegram bot when the bot has a username, else in the
// WhatsApp chat when a number is configured, else the storefront. Every link carries the display point's
// code ("p_<code>__d_<POINT>"), so scans and the orders that follow are attributed to the point. The
// storefront link goes through /d/<POINT>/<code>, which records the scan and redirects to the product page.
import { productLinks, type LinkSettings } from '../lib/deep-links.ts';

export interface LabelLinks {
  telegram: string | null;
  whatsapp: string | null;
  storefront: string;
  /** what the QR code encodes */
  qr: string;
}

/** The storefront address of a product seen at a point: records a WEB scan, then shows the product page. */
export function pointStorefrontUrl(publicUrl: string, pointCode: string, productCode: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/d/${encodeURIComponent(pointCode)}/${encodeURIComponent(productCode)}`;
}

export function labelLinks(settings: LinkSettings, product: { code: string; slug: string }, pointCode: string): LabelLinks {
  const links = productLinks(settings, product, pointCode);
  const storefront = pointStorefrontUrl(settings.publicUrl, pointCode, product.code);
  return { telegram: links.telegram, whatsapp: links.whatsapp, storefront, qr: links.telegram ?? links.whatsapp ?? storefront };
}
