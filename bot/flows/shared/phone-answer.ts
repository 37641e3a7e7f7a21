// A phone number typed any common way ("0812-3456-7890", "+62 812 3456 7890", "62812…", "(0380) 821 234"):
// stored in one form (62…), shown back as the user typed it. Letters, too few or too many digits are refused.
import { normalizePhone } from '../../../domain/services/account.service.ts';
import { findPhones } from '../../../domain/understanding/entities.ts';

export interface PhoneAnswer {
  /** digits with the country code: 6281234567890 */
  normalized: string;
  /** as typed, spaces tidied: what the user sees in summaries */
  typed: string;
}

export function readPhone(raw: string): PhoneAnswer | null {
  // "udh diatas kak 081311223344", "hp saya 0812…": the number inside the words
  const inside = /\p{L}/u.test(raw) ? findPhones(raw)[0]?.text : undefined;
  const typed = (inside ?? raw).trim().replace(/\s+/g, ' ');
  if (!typed || /\p{L}/u.test(typed) || !/^[+\d][\d\s().\-/]*$/u.test(typed)) return null;
  const digits = typed.replace(/\D/g, '');
  const international = typed.startsWith('+') || digits.startsWith('62') || digits.startsWith('00');
  let normalized: string | null;
  if (digits.startsWith('00')) normalized = normalizePhone(digits.slice(2));
  else if (!international && digits.startsWith('8')) normalized = normalizePhone(`0${digits}`); // "812 3456 7890"
  else normalized = normalizePhone(digits);
  if (!normalized) return null;
  if (normalized.startsWith('62')) {
    // Indonesian numbers: 8 to 12 digits after 62, never starting with 0 (mobile 8…, landlines by area code)
    const national = normalized.slice(2);
    if (national.length < 8 || national.length > 12 || national.startsWith('0')) return null;
  } else if (!international) return null;
  return { normalized, typed };
}
