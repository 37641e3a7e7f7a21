// The product card in chat: a photo with the card as caption when the product has photos, else text; price in
// rupiah (and in the buyer's currency with the rate's date: card-extras.ts), producer and regency, where the
// producer ships, story, verified permits and stock. Buttons: Beli (the Telegram Mini App, where there is
// one), Add to cart (an action, so it works on old cards too), Share (a link), Back and Menu.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { unitName } from '../../../domain/lib/units.ts';
import type { ProductView } from '../../../domain/services/product-view.ts';
import { action, type FlowContext, type Step, type StepResult } from '../../core/flow.ts';
import type { Option } from '../../../domain/chat/message.ts';
import { UnhandledInput } from '../../core/step-helpers.ts';
import { productLinks, shareUrl } from '../../../domain/lib/deep-links.ts';
import { cardExtras, miniAppOption, moneyText, rateLine, reachLines, type CardExtras } from './card-extras.ts';

const DESCRIPTION_MAX = 350;
const STORY_MAX = 220;

function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function productName(ctx: Pick<FlowContext, 'lang'>, view: Pick<ProductView, 'name'>): string {
  return ctx.lang === 'en' && view.name.en ? view.name.en : view.name.id;
}

/** A short button label: the name clipped, then the price. */
export function productLabel(ctx: Pick<FlowContext, 'lang'>, view: Pick<ProductView, 'name' | 'priceIdr'>): string {
  return `${clip(productName(ctx, view), 38)} · ${formatIdr(view.priceIdr)}`;
}

function permitLines(ctx: FlowContext, view: ProductView): string[] {
  return view.permits.map((p) => ctx.t('buyer:card.permit', { name: ctx.t(`buyer:permits.${p.type}`), number: p.number ?? '-' }));
}

/** A producer's text in the reader's language; English readers get the Indonesian, marked, when no English was written. */
function localized(ctx: FlowContext, id: string, en: string | null, max: number): string {
  if (ctx.lang !== 'en') return clip(id, max);
  return en ? clip(en, max) : `${clip(id, max)} ${ctx.t('english:fallbackTag')}`;
}

export function cardCaption(ctx: FlowContext, view: ProductView, extras: CardExtras): string {
  const lines = [
    ctx.t('buyer:card.title', { name: productName(ctx, view) }),
    ctx.t('buyer:card.price', { price: moneyText(ctx, view.priceIdr, extras.money), unit: unitName(ctx.t, view.unit) }),
    ...rateLine(ctx, extras.money),
    ctx.t('buyer:card.producer', { producer: view.producer.businessName, village: view.producer.village, region: view.region.shortName, island: view.region.island }),
    ...reachLines(ctx, extras.reach),
    view.stock > 0 ? ctx.t('buyer:card.stock', { stock: view.stock, unit: unitName(ctx.t, view.unit, view.stock) }) : ctx.t('buyer:card.soldOut'),
    ...permitLines(ctx, view),
    ...(view.rating.count > 0 ? [ctx.t('buyer:card.rating', { average: view.rating.average, reviews: view.rating.count })] : []),
    '',
    localized(ctx, view.description.id, view.description.en, DESCRIPTION_MAX),
    ...(view.producer.story ? ['', ctx.t('buyer:card.story', { story: localized(ctx, view.producer.story, view.producer.storyEn, STORY_MAX) })] : []),
    '',
    ctx.t('buyer:card.code', { code: view.code }),
  ];
  return lines.join('\n');
}

export function cardOptions(ctx: FlowContext, view: ProductView): Option[] {
  const links = productLinks(ctx.services.settings, view);
  return [
    ...miniAppOption(ctx, view),
    ...(view.stock > 0 ? [{ label: ctx.t('buyer:card.addToCart'), value: action('cart.add', view.id) }] : []),
    { label: ctx.t('buyer:card.share'), url: shareUrl(ctx.channel, links, productName(ctx, view)) },
    { label: ctx.t('engine:buttons.back'), value: 'back' },
    { label: ctx.t('engine:buttons.menu'), value: 'menu' },
  ];
}

/** Sends the card; its menu (Add to cart, Back, Menu) becomes the conversation's current menu. */
export async function showProductCard(ctx: FlowContext, view: ProductView): Promise<void> {
  const photo = view.photos[0];
  const extras = await cardExtras(ctx, view);
  ctx.choose(cardCaption(ctx, view, extras), cardOptions(ctx, view), photo ? { photo: { mediaId: photo.mediaId } } : undefined);
}

/** Loads a published product; tells the user and returns null when it is gone or was never there. */
/**
 * A product as the buyer may see it, read once per turn: an action that checks the product ("add to cart")
 * and the flow it opens in the same turn would otherwise read it twice. Throws as getPublicProduct does.
 */
const turnProducts = new WeakMap<FlowContext, Map<string, Promise<ProductView>>>();
export function publicProductOf(ctx: FlowContext, productId: string): Promise<ProductView> {
  let products = turnProducts.get(ctx);
  if (!products) turnProducts.set(ctx, (products = new Map()));
  let product = products.get(productId);
  if (!product) products.set(productId, (product = ctx.services.catalog.getPublicProduct({ id: productId })));
  return product;
}

/**
 * The same with how many of it the buyer already has in the cart, in one statement: "add to cart" checks the
 * product and its first question says what is in the cart (one read less than the product and then the
 * cart). Both are kept for the turn: publicProductOf and inCartOf answer from them.
 */
const turnInCart = new WeakMap<FlowContext, Map<string, number>>();
export async function publicProductWithCart(ctx: FlowContext, productId: string): Promise<ProductView> {
  const { product, inCart } = await ctx.services.catalog.getPublicProductWithCart(productId, ctx.actor.userId);
  let products = turnProducts.get(ctx);
  if (!products) turnProducts.set(ctx, (products = new Map()));
  products.set(productId, Promise.resolve(product));
  let counts = turnInCart.get(ctx);
  if (!counts) turnInCart.set(ctx, (counts = new Map()));
  counts.set(productId, inCart);
  return product;
}

/** How many of the product are in the buyer's cart: known from publicProductWithCart this turn, else read. */
export async function inCartOf(ctx: FlowContext, productId: string): Promise<number> {
  const known = turnInCart.get(ctx)?.get(productId);
  if (known !== undefined) return known;
  return (await ctx.services.cart.view(ctx.actor)).lines.find((l) => l.productId === productId)?.quantity ?? 0;
}

export async function loadPublicProduct(ctx: FlowContext, productId: unknown): Promise<ProductView | null> {
  if (typeof productId !== 'string' || !productId) {
    ctx.reply({ type: 'text', text: ctx.t('buyer:errors.productUnavailable') });
    return null;
  }
  try {
    return await publicProductOf(ctx, productId);
  } catch {
    ctx.reply({ type: 'text', text: ctx.t('buyer:errors.productUnavailable') });
    return null;
  }
}

/**
 * The card as a step of a flow: shows ctx.data.productId; Back goes to `back` (a step of the same flow, or
 * the end of the flow), Menu to the main menu. Add to cart is an action and never reaches handle().
 */
export function cardStep(back: string | null): Step {
  const leave = (): StepResult => (back ? { goto: back } : { end: true });
  return {
    async prompt(ctx) {
      const view = await loadPublicProduct(ctx, ctx.data.productId);
      if (!view) return leave();
      await showProductCard(ctx, view);
    },
    help: 'buyer:card.help',
    handle(ctx, input): StepResult {
      if (input.kind === 'choice' && input.value === 'back') return leave();
      if (input.kind === 'choice' && input.value === 'menu') return { end: true };
      // typed words ("mau beli 2", "brp ongkir ke Kupang", another search) are read by the engine
      throw new UnhandledInput();
    },
  };
}
