// Prices for buyers abroad: rupiah shown with an approximate amount in the visitor's currency, from the
// rates table an admin keeps (the date of each rate goes with it). Pages read the rates on every view, so
// they are kept in memory and read again from the database at most once a minute (and at once after an
// admin changes one in this process). Checkout and payment stay in rupiah.
import { z } from 'zod';
import { DomainError, invalid } from '../lib/errors.ts';
import type { CurrencyRateRow, CurrencyRepository } from '../repositories/currency.repository.ts';
import { isAdmin, type AnyActor } from './actor.ts';

/** the currencies a visitor can choose: rupiah and those the rates table is seeded with */
export const CURRENCIES = ['IDR', 'USD', 'SGD', 'AUD', 'MYR', 'EUR', 'JPY'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];
export const isCurrency = (v: unknown): v is CurrencyCode => typeof v === 'string' && (CURRENCIES as readonly string[]).includes(v);

export interface DisplayRate {
  code: CurrencyCode;
  idrPerUnit: number;
  asOf: Date;
}

const REFRESH_MS = 60_000;

/** the symbols buyers know (ICU would write "SGD 6.91" in some languages) */
const SYMBOLS: Record<string, string> = { USD: 'US$', SGD: 'S$', AUD: 'A$', MYR: 'RM', EUR: '€', JPY: '¥' };
const formats = new Map<string, Intl.NumberFormat>();

/** "≈ S$6.91": rupiah in another currency, for the storefront's pages and the chat's product card alike */
export function foreignAmount(priceIdr: number, lang: 'id' | 'en', money: DisplayRate): string {
  const digits = money.code === 'JPY' ? 0 : 2;
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return `≈ ${SYMBOLS[money.code] ?? `${money.code} `}${format.format(priceIdr / money.idrPerUnit)}`;
}

/** the currency shown beside rupiah: the one chosen (web cookie, or the chat user's), else dollars for English readers */
export function displayCurrency(chosen: unknown, lang: 'id' | 'en'): CurrencyCode {
  if (isCurrency(chosen)) return chosen;
  return lang === 'en' ? 'USD' : 'IDR';
}
export const rateSchema = z.object({ currency: z.enum(CURRENCIES.filter((c) => c !== 'IDR') as [CurrencyCode, ...CurrencyCode[]]), idrPerUnit: z.number().positive().max(1_000_000) });

export function createCurrencyService(deps: { currencies: CurrencyRepository; now: () => Date }) {
  let rates = new Map<CurrencyCode, DisplayRate>();
  let loadedAt = -Infinity;
  let loading: Promise<void> | null = null;

  const toRate = (r: CurrencyRateRow): DisplayRate | null => (isCurrency(r.currency) ? { code: r.currency, idrPerUnit: r.idrPerUnit, asOf: r.updatedAt } : null);

  async function load(): Promise<void> {
    const rows = await deps.currencies.list();
    rates = new Map(rows.map(toRate).filter((r): r is DisplayRate => r !== null).map((r) => [r.code, r]));
    loadedAt = deps.now().getTime();
  }

  return {
    /** the rates fresh enough to show (read from the database when a minute old); never throws */
    async ready(): Promise<void> {
      if (deps.now().getTime() - loadedAt < REFRESH_MS) return;
      loading ??= load()
        .catch(() => undefined) // the database is down: the pages show the last rates (or rupiah only)
        .finally(() => {
          loading = null;
        });
      await loading;
    },

    /** the rate of a currency as last read (null: rupiah, or none kept) */
    rateOf(code: CurrencyCode): DisplayRate | null {
      return code === 'IDR' ? null : (rates.get(code) ?? null);
    },

    list: (): DisplayRate[] => [...rates.values()],

    /** an admin sets one currency's rate (rupiah per unit) */
    async set(actor: AnyActor, input: z.input<typeof rateSchema>): Promise<DisplayRate> {
      if (!isAdmin(actor)) throw new DomainError('forbidden', 'admins only', 'common:errors.forbidden');
      const parsed = rateSchema.safeParse(input);
      if (!parsed.success) throw invalid(parsed.error.issues.map((i) => i.message).join('; '));
      const row = await deps.currencies.set(parsed.data.currency, parsed.data.idrPerUnit, deps.now(), actor.kind === 'user' ? actor.userId : null);
      await load();
      return toRate(row)!;
    },
  };
}

export type CurrencyService = ReturnType<typeof createCurrencyService>;
