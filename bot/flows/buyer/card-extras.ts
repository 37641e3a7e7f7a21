// What the chat's product card shows beside the product itself, read before it is drawn: the price in the
// buyer's currency (the one they chose in chat, else dollars for English readers, as on the storefront)
// with the rate's date, where the producer ships (the same rule as the product page: the producer's own
// rates, shipping.reach) and, in Telegram, the "Beli" button opening the Mini App at this product.
import { formatDate, formatIdr } from '../../../domain/lib/i18n.ts';
import { displayCurrency, foreignAmount, type DisplayRate } from '../../../domain/services/currency.service.ts';
import type { ProductView } from '../../../domain/services/product-view.ts';
import type { Option } from '../../../domain/chat/message.ts';
import type { FlowContext } from '../../core/flow.ts';

export interface CardExtras {
  /** the rate of the buyer's currency; null: rupiah alone (chosen, or no rate kept) */
  money: DisplayRate | null;
  /** one unit's shipping from the producer's rates: cheapest within Indonesia, abroad (null: none there) */
  reach: { indonesiaFromIdr: number | null; abroadIdr: number | null } | null;
}

/** the buyer's display currency and its rate (the rates are cached by the currency service) */
export async function buyerMoney(ctx: Pick<FlowContext, 'actor' | 'lang' | 'services'>): Promise<DisplayRate | null> {
  await ctx.services.currency.ready();
  return ctx.services.currency.rateOf(displayCurrency(ctx.actor.currency, ctx.lang));
}

export async function cardExtras(ctx: FlowContext, view: ProductView): Promise<CardExtras> {
  const [money, reach] = await Promise.all([
    buyerMoney(ctx),
    // the card is still worth showing without its shipping line
    ctx.services.shipping.reach(view.producer.id, view.weightGrams).catch(() => null),
  ]);
  return { money, reach };
}

/** "Rp85.000 (≈ S$6.91)": rupiah, with the buyer's currency beside it */
export function moneyText(ctx: Pick<FlowContext, 'lang'>, priceIdr: number, money: DisplayRate | null): string {
  return money ? `${formatIdr(priceIdr)} (${foreignAmount(priceIdr, ctx.lang, money)})` : formatIdr(priceIdr);
}

/** "1 SGD = Rp12.300 (8 Des 2026)" as the card's rate line; none for rupiah */
export function rateLine(ctx: FlowContext, money: DisplayRate | null): string[] {
  if (!money) return [];
  return [ctx.t('buyer:card.rate', { code: money.code, idr: formatIdr(money.idrPerUnit), date: formatDate(money.asOf, ctx.lang) })];
}

export function reachLines(ctx: FlowContext, reach: CardExtras['reach']): string[] {
  if (!reach) return [];
  return [
    reach.indonesiaFromIdr === null ? ctx.t('buyer:card.shipIndonesiaAsk') : ctx.t('buyer:card.shipIndonesiaFrom', { price: formatIdr(reach.indonesiaFromIdr) }),
    reach.abroadIdr === null ? ctx.t('buyer:card.shipNotAbroad') : ctx.t('buyer:card.shipAbroad', { price: formatIdr(reach.abroadIdr) }),
  ];
}

/**
 * "Beli": the Mini App at this product, in Telegram only and only where the site is https (Telegram opens
 * nothing else), as the menu button; elsewhere the card's own "Add to cart" is the way to buy.
 */
export function miniAppOption(ctx: FlowContext, view: ProductView): Option[] {
  const root = ctx.services.settings.publicUrl.replace(/\/+$/, '');
  if (ctx.channel !== 'TELEGRAM' || !root.startsWith('https://') || view.stock <= 0) return [];
  return [{ label: ctx.t('buyer:card.buy'), url: `${root}/tg?p=${encodeURIComponent(view.code)}`, webApp: true }];
}
