// One buyer's whole visit, the workload of the chat and memory scenarios: start (the welcome: "belanja" typed), browse a
// category, search, open a product card, add it to the cart, look at the cart, check out (name, phone,
// pickup at the producer, first payment method offered) and confirm. 16 inbound events, each answered by the
// real engine. A driver sends them: in-process (by option value) or through the running server's console
// (by the option's number, as on WhatsApp).
import { translator } from '../../domain/lib/i18n.ts';

export interface BuyerDriver {
  command(command: string): Promise<void>;
  text(text: string): Promise<void>;
  /** the option of the last menu with this value; a text channel answers with the number of the option labelled `label` */
  choose(value: string, label: string): Promise<void>;
  /** the nth (wrapping) option whose value starts with `prefix`; a text channel uses the nth option whose label matches `label` */
  pick(prefix: string, n: number, label: RegExp): Promise<void>;
  /** everything the last answer said, as text */
  lastText(): string;
}

export const JOURNEY_EVENTS = 16;

const t = translator('id');
const placed = t('orders:checkout.placed', { numbers: '', shippingHint: '' }).split('\n')[0]!;

/** A valid Indonesian mobile number, different per buyer. */
export const buyerPhone = (n: number) => `0812${String(10_000_000 + (n % 90_000_000)).padStart(8, '0')}`;

export class JourneyError extends Error {}

/**
 * The welcome as a buyer answers it: /start, then the word "belanja" typed (not a tap on a position: the
 * welcome's options change, as they did when it became shop / sell / other language, and the benchmark broke).
 * The answer must be the buyer's welcome, so a welcome that stops understanding the word fails here, loudly.
 */
export const welcomeSteps = (d: BuyerDriver): (() => Promise<void>)[] => [() => d.command('start'), () => d.text(SHOP_WORD).then(() => expectBuyerWelcome(d))];

/** what a buyer types at the welcome */
export const SHOP_WORD = 'belanja';
const buyerWelcome = t('onboarding:buyerWelcome').split('\n')[0]!;

function expectBuyerWelcome(d: BuyerDriver): void {
  if (!d.lastText().includes(buyerWelcome)) throw new JourneyError(`"${SHOP_WORD}" at the welcome did not make a buyer; last answer: ${d.lastText().slice(0, 300)}`);
}

/** Starts a buyer (welcomeSteps one after the other), for scenarios that go on by themselves. */
export async function startAsBuyer(d: BuyerDriver): Promise<void> {
  for (const step of welcomeSteps(d)) await step();
}

/** Runs the visit; `pause` is the buyer's thinking time before each message after the first. */
export async function buyerJourney(d: BuyerDriver, n: number, pause: () => Promise<void>): Promise<void> {
  const steps: (() => Promise<void>)[] = [
    ...welcomeSteps(d),
    () => d.choose('buyer.categories', t('buyer:menu.categories')),
    () => d.choose('cat:kopi', 'Kopi'),
    () => d.text('kopi arabika'),
    () => d.pick('product:', n, /·\s*Rp/),
    () => d.pick('!cart.add:', 0, new RegExp(`^${escape(t('buyer:card.addToCart'))}$`)),
    () => d.text('1'),
    () => d.choose('cart', t('buyer:cart.view')),
    () => d.choose('checkout', t('buyer:cart.checkout')),
    () => d.choose('continue', t('orders:checkout.continue')),
    () => d.text(`Pembeli Bench ${n}`),
    () => d.text(buyerPhone(n)),
    () => d.choose('PICKUP_PRODUCER', t('orders:delivery.PICKUP_PRODUCER')),
    () => d.pick('', 0, /.*/),
    () => d.choose('yes', t('engine:buttons.confirm')),
  ];
  for (const [i, step] of steps.entries()) {
    if (i > 0) await pause();
    await step();
  }
  if (!d.lastText().includes(placed)) throw new JourneyError(`buyer ${n}: no order placed; last answer: ${d.lastText().slice(0, 300)}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
