// Weights, stock counts and the quick "stok KODE 12" command as typed in chat.
import { describe, expect, it } from 'vitest';
import { parseStock, parseStockCommand, parseWeightGrams } from '../../../bot/flows/producer/quantity-parse.ts';

describe('quantities', () => {
  it('reads weights in grams', () => {
    expect(parseWeightGrams('250')).toEqual({ ok: true, value: 250 });
    expect(parseWeightGrams('250 g')).toEqual({ ok: true, value: 250 });
    expect(parseWeightGrams('250gr')).toEqual({ ok: true, value: 250 });
    expect(parseWeightGrams('1 kg')).toEqual({ ok: true, value: 1000 });
    expect(parseWeightGrams('1,5 kg')).toEqual({ ok: true, value: 1500 });
    expect(parseWeightGrams('0.5kg')).toEqual({ ok: true, value: 500 });
    expect(parseWeightGrams('2 ons')).toEqual({ ok: true, value: 200 });
    expect(parseWeightGrams('1.500 gram')).toEqual({ ok: true, value: 1500 });
    expect(parseWeightGrams('0')).toEqual({ ok: false, reason: 'zero' });
    expect(parseWeightGrams('-3 kg')).toEqual({ ok: false, reason: 'negative' });
    expect(parseWeightGrams('berat')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseWeightGrams('3 ekor')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseWeightGrams('200 kg')).toEqual({ ok: false, reason: 'tooHigh' });
    // issue 25: ons, words and "about"; a bare small number is asked, never taken as grams
    expect(parseWeightGrams('kira2 7 ons')).toEqual({ ok: true, value: 700 });
    expect(parseWeightGrams('setengah kilo')).toEqual({ ok: true, value: 500 });
    expect(parseWeightGrams('1/4 kg')).toEqual({ ok: true, value: 250 });
    expect(parseWeightGrams('2')).toEqual({ ok: false, reason: 'unitNeeded' });
  });

  it('reads stock counts; 0 is allowed, negatives are not', () => {
    expect(parseStock('12')).toEqual({ ok: true, value: 12 });
    expect(parseStock('stok 12')).toEqual({ ok: true, value: 12 });
    expect(parseStock('12 pcs')).toEqual({ ok: true, value: 12 });
    expect(parseStock('1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseStock('0')).toEqual({ ok: true, value: 0 });
    expect(parseStock('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(parseStock('banyak')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseStock('1,5')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseStock('2000000')).toEqual({ ok: false, reason: 'tooHigh' });
    expect(parseStock('dua belas')).toEqual({ ok: true, value: 12 });
    expect(parseStock('30an')).toEqual({ ok: true, value: 30 });
    expect(parseStock('ada 20 kilo')).toEqual({ ok: true, value: 20 });
  });

  it('recognises the quick stock command with or without a code', () => {
    expect(parseStockCommand('stok KP7Q2 12')).toEqual({ code: 'KP7Q2', amount: '12' });
    expect(parseStockCommand('Stock kp7q2 -3')).toEqual({ code: 'KP7Q2', amount: '-3' });
    expect(parseStockCommand('stok 12')).toEqual({ code: null, amount: '12' });
    expect(parseStockCommand('stok kopi bajawa')).toBeNull();
    expect(parseStockCommand('kopi 12')).toBeNull();
  });
});
