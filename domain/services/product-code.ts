// Short product codes (for chat, labels and wa.me links) and URL slugs.
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read aloud and typed on small keyboards. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const randomProductCode = () => Array.from({ length: 5 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** "Kopi Arabika Bajawa 250 g" + "KP7Q2" → "kopi-arabika-bajawa-250-g-kp7q2" */
export function productSlug(name: string, code: string): string {
  const kebab = name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return kebab ? `${kebab}-${code.toLowerCase()}` : code.toLowerCase();
}
