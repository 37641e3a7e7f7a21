import { describe, expect, it } from 'vitest';
import { parseAmounts, readDigits, withoutSpans } from '../../../domain/understanding/numbers.ts';

const one = (text: string, lang: 'id' | 'en' = 'id') => {
  const all = parseAmounts(text, lang);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('numbers, money, weights, quantities', () => {
  it.each([
    ['150rb', 150_000],
    ['25 ribu', 25_000],
    ['25k', 25_000],
    ['1,5jt', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['Rp 1.200.000', 1_200_000],
    ['Rp25.000,-', 25_000],
    ['IDR 350,000', 350_000],
    ['1 juta 250 ribu', 1_250_000],
    ['seratus lima puluh ribu', 150_000],
    ['satu juta dua ratus ribu', 1_200_000],
    ['satu juta dua ratus', 1_200_000],
    ['sejuta dua ratus', 1_200_000],
    ['dua setengah juta', 2_500_000],
    ['seribu lima ratus', 1_500],
    ['two hundred and fifty thousand', 250_000],
  ])('money: %s = %d', (text, value) => {
    const a = one(text, /[a-z]{3,}/.test(text) && /two|thousand/.test(text) ? 'en' : 'id');
    expect(a.kind).toBe('money');
    expect(a.value).toBe(value);
    expect(a.text).toBe(text);
  });

  it.each([
    ['7 ons', 700],
    ['kira2 7 ons', 700],
    ['setengah kilo', 500],
    ['sekilo', 1000],
    ['2 kg', 2000],
    ['500gr', 500],
    ['250 g', 250],
    ['1,5 kg', 1500],
  ])('weight: %s = %d g', (text, grams) => {
    const a = one(text);
    expect(a.kind).toBe('weight');
    expect(a.value).toBe(grams);
  });

  it('reads English weights and counts', () => {
    expect(one('half a kilo', 'en')).toMatchObject({ kind: 'weight', value: 500 });
    expect(one('a dozen bottles', 'en')).toMatchObject({ kind: 'quantity', value: 12, unit: 'botol' });
    expect(one('twenty-five', 'en')).toMatchObject({ kind: 'number', value: 25 });
    expect(one('2 and a half kg', 'en')).toMatchObject({ kind: 'weight', value: 2500 });
  });

  it.each([
    ['dua', 2],
    ['dua belas', 12],
    ['dua puluh lima', 25],
    ['30', 30],
  ])('number: %s = %d', (text, value) => {
    expect(one(text)).toMatchObject({ kind: 'number', value });
  });

  it('marks approximate amounts and ranges', () => {
    expect(one('30an')).toMatchObject({ value: 30, approx: true });
    expect(one('sekitar 30 botol')).toMatchObject({ kind: 'quantity', value: 30, unit: 'botol', approx: true });
    expect(one('20-30 botol')).toMatchObject({ value: 20, max: 30 });
    expect(one('about 30', 'en')).toMatchObject({ value: 30, approx: true });
  });

  it('reads the se- prefix as one unit and as the unit of a price', () => {
    expect(one('sebotol')).toMatchObject({ kind: 'quantity', value: 1, unit: 'botol' });
    expect(one('lima puluh ribu sebungkus')).toMatchObject({ kind: 'money', value: 50_000, perUnit: 'bungkus' });
    expect(one('25rb/kg')).toMatchObject({ kind: 'money', value: 25_000, perUnit: 'kg' });
    expect(one('350rb per lembar')).toMatchObject({ kind: 'money', value: 350_000, perUnit: 'lembar' });
  });

  it('returns spans so the rest of the message stays readable', () => {
    const text = 'madu hutan 150rb sebotol stok 30 berat 7 ons';
    const all = parseAmounts(text);
    expect(all.map((a) => [a.kind, a.value])).toEqual([
      ['money', 150_000],
      ['number', 30],
      ['weight', 700],
    ]);
    expect(withoutSpans(text, all).replace(/\s+/g, ' ').trim()).toBe('madu hutan stok berat');
  });

  it('leaves phone numbers and words alone', () => {
    expect(parseAmounts('081311223344')).toEqual([]);
    expect(parseAmounts('kupang tengah')).toEqual([]);
    expect(parseAmounts('how much is that in SGD?', 'en')).toEqual([]);
  });

  it('reads digit groups the Indonesian and the English way', () => {
    expect(readDigits('1.200.000')).toBe(1_200_000);
    expect(readDigits('350,000')).toBe(350_000);
    expect(readDigits('1,5')).toBe(1.5);
    expect(readDigits('1.200.000,50')).toBe(1_200_000.5);
  });
});
