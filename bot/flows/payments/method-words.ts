// Payment methods as buyers type them ("pakai gopay aja", "tf", "cash"): the words live in
// locales/<lang>/intents.json under "paymentMethods", one list per method; both languages are read at once,
// as in bot/core/intents.ts, because people mix them.
import { languages, loadLocaleFiles } from '../../../domain/lib/i18n.ts';
import { normalizeText } from '../../../domain/search/normalize.ts';

/** Tried in this order: the first method one of whose words the text holds is the one named. */
export const TYPED_METHODS = ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET', 'BANK_TRANSFER', 'CASH_ON_PICKUP'] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** method → a regex matching any of its words as whole words of the normalized text */
function load(): [RegExp, string][] {
  const words = new Map<string, Set<string>>(TYPED_METHODS.map((m) => [m, new Set<string>()]));
  for (const lang of languages) {
    const section = loadLocaleFiles(lang).intents?.paymentMethods;
    if (!section || typeof section !== 'object') continue;
    for (const method of TYPED_METHODS) {
      const list = section[method];
      if (typeof list !== 'string') continue;
      for (const w of list.split('|')) if (normalizeText(w)) words.get(method)!.add(normalizeText(w));
    }
  }
  return TYPED_METHODS.filter((m) => words.get(m)!.size > 0).map((m) => [new RegExp(`(?:^| )(?:${[...words.get(m)!].map(escape).join('|')})(?: |$)`, 'u'), m]);
}

const WORDS = load();

/** The method a typed answer names, whether offered or not; null when it names none. */
export function namedPaymentMethod(text: string): string | null {
  const t = normalizeText(text);
  return t ? (WORDS.find(([re]) => re.test(t))?.[1] ?? null) : null;
}

/** The offered method a typed answer names, or null ("qris" is the producer's own QRIS when online is off). */
export function paymentMethodOfText(text: string, offered: string[]): string | null {
  const named = namedPaymentMethod(text);
  if (named === 'ONLINE_QRIS' && !offered.includes(named)) return offered.includes('QRIS') ? 'QRIS' : null;
  return named && offered.includes(named) ? named : null;
}
