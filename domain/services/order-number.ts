// Order numbers people can read out on the phone: "ETL-261129-4K7Q" = the WITA day of the order and four
// characters without look-alikes (no 0/O, 1/I). Uniqueness is the database's job (Order.number @unique);
// the checkout retries with a fresh number in the rare case of a clash.
import { randomInt } from 'node:crypto';
import { witaDay } from '../lib/time.ts';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newOrderNumber(now: Date): string {
  const day = witaDay(now).slice(2).replaceAll('-', '');
  let tail = '';
  for (let i = 0; i < 4; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `ETL-${day}-${tail}`;
}

export const ORDER_NUMBER_PATTERN = /^ETL-\d{6}-[2-9A-HJ-NP-Z]{4}$/;
