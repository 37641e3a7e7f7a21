import { describe, expect, it } from 'vitest';
import { classify, SCORE_FLOOR, trainingExamples, warmClassifier } from '../../../domain/understanding/classifier.ts';
import { matchChoice } from '../../../domain/understanding/choices.ts';

describe('global intents (nlp.js)', () => {
  it('trains from both languages once, quickly', async () => {
    const started = performance.now();
    await warmClassifier();
    await warmClassifier();
    expect(performance.now() - started).toBeLessThan(5000);
    for (const lang of ['id', 'en'] as const) for (const [intent, examples] of trainingExamples(lang)) expect(examples.length, `${lang} ${intent}`).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['pesanan sy gmn kak', 'orderStatus'],
    ['bedanya no 1 sm no 2 apa kak', 'productDifference'],
    ['udh masuk uangnya', 'paymentArrived'],
    ['qris bisa?', 'paymentMethods'],
    ['sy mw jual madu hutan', 'sell'],
    ['halo kak mau cari madu timur', 'buy'],
  ])('%s → %s', async (text, intent) => {
    expect((await classify(text, 'id')).intent).toBe(intent);
  });

  it.each([
    ['do u ship to singapore?', 'shippingAbroad'],
    ['how much is that in SGD?', 'currency'],
  ])('%s → %s', async (text, intent) => {
    expect((await classify(text, 'en')).intent).toBe(intent);
  });

  it('is not sure about a place name', async () => {
    const g = await classify('kupang tengah', 'id');
    expect(g.intent).toBeNull();
    expect(g.score).toBeLessThan(SCORE_FLOOR);
  });
});

describe('choices', () => {
  const buttons = [
    { value: 'accept', label: '✅ Terima pesanan' },
    { value: 'reject', label: '❌ Tolak' },
    { value: 'confirm', label: 'Konfirmasi pembayaran' },
    { value: 'review', label: '🔎 Kurasi sekarang' },
  ];
  it.each([
    ['terima', 'accept'],
    ['konfirmasi pembayaran', 'confirm'],
    ['konfirmasi pembayran', 'confirm'],
    ['kurasi sekarang', 'review'],
    ['2', 'reject'],
    ['yang kedua', 'reject'],
    ['nomor tiga', 'confirm'],
  ])('%s → %s', (text, value) => {
    expect(matchChoice(text, buttons)).toMatchObject({ value });
  });

  it('matches nothing it cannot tell', () => {
    expect(matchChoice('bayar', buttons)).toBeNull();
  });
});
