// What every page component receives besides its own data.
import type { Lang, TFunction } from '../../../domain/lib/i18n.ts';
import type { CurrencyCode, DisplayRate } from '../../../domain/services/currency.service.ts';

export interface PageContext {
  lang: Lang;
  t: TFunction;
  publicUrl: string;
  /** the current URL with the other language: the switch link */
  switchHref: string;
  /** the visitor's currency beside rupiah and its rate (null: rupiah only) */
  money: DisplayRate | null;
  currency: CurrencyCode;
  /** the currencies a visitor can choose (those with a rate, and rupiah) */
  currencies: CurrencyCode[];
  /** units in the visitor's cart (the header's cart link); absent where the page does not read it */
  cartCount?: number;
}
