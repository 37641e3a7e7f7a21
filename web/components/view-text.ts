// Picks the words of a product, category or month in the page language (English falls back to Indonesian
// where a producer wrote none) and formats money for the reader.
import { formatIdr, type Lang } from '../../domain/lib/i18n.ts';
import { foreignAmount, type DisplayRate } from '../../domain/services/currency.service.ts';
import type { ProductView } from '../../domain/services/product-view.ts';

export const productName = (p: ProductView, lang: Lang): string => (lang === 'en' && p.name.en ? p.name.en : p.name.id);
export const productDescription = (p: ProductView, lang: Lang): string => (lang === 'en' && p.description.en ? p.description.en : p.description.id);
export const categoryName = (c: { nameId: string; nameEn: string }, lang: Lang): string => (lang === 'en' ? c.nameEn : c.nameId);

export { foreignAmount };

/** "Rp85.000", with the visitor's currency beside it when they chose one: "Rp85.000 (≈ US$5.31)" */
export function priceText(priceIdr: number, lang: Lang, money: DisplayRate | null): string {
  return money ? `${formatIdr(priceIdr)} (${foreignAmount(priceIdr, lang, money)})` : formatIdr(priceIdr);
}

/** "November 2026" / "November 2026" for a WITA month "2026-11" */
export function monthName(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** /media/<path>: a stored file as it is (links and link previews keep the original photo) */
export { mediaUrl } from '../../domain/media/image-urls.ts';
