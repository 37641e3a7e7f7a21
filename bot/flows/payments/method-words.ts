// Payment methods as buyers type them, in both languages and the usual slang.
import { normalizeText } from '../../../api/search/normalize.ts';

const WORDS: [RegExp, string][] = [
  [/\b(qris|qr|scan|kode qr)\b/, 'ONLINE_QRIS'],
  [/\b(va|virtual|virtual account|akun virtual|bca|bni|bri|mandiri|permata)\b/, 'VIRTUAL_ACCOUNT'],
  [/\b(e ?wallet|ewallet|dompet|gopay|go pay|ovo|dana|shopeepay|shopee)\b/, 'EWALLET'],
  [/\b(transfer|tf|trf|rekening|bank)\b/, 'BANK_TRANSFER'],
  [/\b(tunai|cash|cod|bayar di tempat)\b/, 'CASH_ON_PICKUP'],
];

/** The offered method a typed answer names, or null ("qris" is the producer's own QRIS when online is off). */
export function paymentMethodOfText(text: string, offered: string[]): string | null {
  const t = normalizeText(text);
  const named = WORDS.find(([re]) => re.test(t))?.[1] ?? null;
  if (named === 'ONLINE_QRIS' && !offered.includes(named)) return offered.includes('QRIS') ? 'QRIS' : null;
  return named && offered.includes(named) ? named : null;
}
