// What every page component receives besides its own data.
import type { Lang, TFunction } from '../../../domain/lib/i18n.ts';

export interface PageContext {
  lang: Lang;
  t: TFunction;
  publicUrl: string;
  /** the current URL with the other language: the switch link */
  switchHref: string;
  usdRateIdr: number;
  /** units in the visitor's cart (the header's cart link); absent where the page does not read it */
  cartCount?: number;
}
