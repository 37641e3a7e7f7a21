// Prices as Indonesians type them, and the refusals the chat explains with an example.
import { describe, expect, it } from 'vitest';
import { MAX_PRICE_IDR, MIN_PRICE_IDR, parsePrice, readRupiah } from '../../../domain/lib/price-parse.ts';

describe('parsePrice', () => {
  it.each([
    ['25000', 25_000],
    ['25.000', 25_000],
    ['25,000', 25_000],
    ['25 000', 25_000],
    ['Rp 25.000', 25_000],
    ['Rp25.000,-', 25_000],
    ['rp. 25.000', 25_000],
    ['IDR 25000', 25_000],
    ['25.000,00', 25_000],
    ['25.000 rupiah', 25_000],
    ['25rb', 25_000],
    ['25 ribu', 25_000],
    ['25 RB', 25_000],
    ['25k', 25_000],
    ['2,5rb', 2_500],
    ['1,5jt', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['2jt', 2_000_000],
    ['2,25 juta', 2_250_000],
    ['1 juta 250 ribu', 1_250_000],
    ['1jt250rb', 1_250_000],
    ['1.250 ribu', 1_250_000],
    ['Rp 1.250.000', 1_250_000],
    ['25rb/kg', 25_000],
    ['25.000 per bungkus', 25_000],
    ['  Rp 75.000  ', 75_000],
    [String(MIN_PRICE_IDR), MIN_PRICE_IDR],
    ['100jt', MAX_PRICE_IDR],
    // numbers in words (issue 25): a price said the way it is spoken
    ['dua puluh ribu', 20_000],
    ['seratus lima puluh ribu', 150_000],
    ['satu juta dua ratus ribu', 1_200_000],
    ['sejuta dua ratus', 1_200_000],
    ['lima puluh ribu sebungkus', 50_000],
  ])('%s → %i', (typed, value) => {
    expect(parsePrice(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['0', 'zero'],
    ['Rp 0', 'zero'],
    ['0rb', 'zero'],
    ['-5', 'negative'],
    ['-25.000', 'negative'],
    ['Rp -5.000', 'negative'],
    ['abc', 'unreadable'],
    ['', 'unreadable'],
    ['1e9', 'unreadable'],
    ['12.5', 'unreadable'],
    ['25 kg', 'unreadable'],
    ['250 ribu 1 juta', 'unreadable'],
    ['100', 'tooLow'],
    ['499', 'tooLow'],
    ['150000000', 'tooHigh'],
    ['1.000.000.000', 'tooHigh'],
    ['100.000.001', 'tooHigh'],
  ])('%s is refused as %s', (typed, reason) => {
    expect(parsePrice(typed)).toEqual({ ok: false, reason });
  });

  it('takes other bounds when asked, and readRupiah reads without bounds', () => {
    expect(parsePrice('100', { min: 100 })).toEqual({ ok: true, value: 100 });
    expect(parsePrice('2jt', { max: 1_000_000 })).toEqual({ ok: false, reason: 'tooHigh' });
    expect(readRupiah('5 juta')).toBe(5_000_000);
    expect(readRupiah('lima')).toBeNull();
  });
});
