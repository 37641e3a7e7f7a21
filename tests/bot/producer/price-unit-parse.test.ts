// Price and unit in one answer, as sellers type them; refusals keep the price parser's reasons.
import { describe, expect, it } from 'vitest';
import { parsePriceAndUnit } from '../../../bot/flows/producer/price-unit-parse.ts';

describe('parsePriceAndUnit', () => {
  it.each([
    ['350rb', 350_000, null],
    ['350 ribu per lembar', 350_000, 'lembar'],
    ['Rp350.000/lembar', 350_000, 'lembar'],
    ['1,5jt', 1_500_000, null],
    ['75rb/kg', 75_000, 'kg'],
    ['Rp 75.000/kg', 75_000, 'kg'],
    ['50 ribu sebungkus', 50_000, 'bungkus'],
    ['40rb sekilo', 40_000, 'kg'],
    ['25.000 per ikat', 25_000, 'ikat'],
    ['Rp 95.000,- / botol', 95_000, 'botol'],
    ['1 juta 250 ribu', 1_250_000, null],
    ['IDR 350,000 per piece', 350_000, 'pcs'],
    ['350k each', 350_000, 'pcs'],
    ['25rb a bottle', 25_000, 'botol'],
    ['Rp 120.000 per pack', 120_000, 'pak'],
    ['lima puluh ribu sebungkus', 50_000, 'bungkus'],
    ['seratus lima puluh ribu', 150_000, null],
    ['150rb botol', 150_000, 'botol'],
  ])('%s → %i per %s', (text, value, unit) => {
    expect(parsePriceAndUnit(text)).toEqual({ ok: true, value, unit });
  });

  it.each([
    ['murah', 'unreadable'],
    ['350rb per 2 kg', 'unreadable'],
    ['USD 20 per piece', 'unreadable'],
    ['0/kg', 'zero'],
    ['-5000 per kg', 'negative'],
    ['100 per lembar', 'tooLow'],
    ['200jt/kg', 'tooHigh'],
    ['35rb per kantong plastik besar sekali', 'badUnit'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(parsePriceAndUnit(text)).toEqual({ ok: false, reason });
  });

  it('does not take a word starting with "se" for "one unit" unless it is a unit', () => {
    expect(parsePriceAndUnit('50rb sekali').ok).toBe(false);
  });
});
