// The phrases of locales/<lang>/intents.json, read as people type them: words, numbers, intents with their
// slots, and the menu matching built on them (typos, number words, the other language, yes/no).
import { describe, expect, it } from 'vitest';
import { loadLocaleFiles } from '../../../domain/lib/i18n.ts';
import { globalCommandOf } from '../../../bot/core/global-commands.ts';
import { editDistance, intentOf, numberOf, quantityOf, wordOf } from '../../../bot/core/intents.ts';
import { matchMenuReply } from '../../../bot/core/menu-match.ts';
import { namedPaymentMethod, TYPED_METHODS } from '../../../bot/flows/payments/method-words.ts';

const menu = (...labels: [string, string][]) => ({ token: 't', items: labels.map(([label, value]) => ({ label, value })) });

describe('intents defined in locales', () => {
  it('both languages define every kind of phrase, each with its slot', () => {
    for (const lang of ['id', 'en'] as const) {
      const phrases = loadLocaleFiles(lang).intents?.phrases as unknown as Record<string, string>;
      expect(Object.keys(phrases).sort()).toEqual(['buy', 'cart', 'incomingOrders', 'orderStatus', 'pay', 'search', 'sell', 'shipping']);
      expect(phrases.buy).toContain('{{qty}}');
      expect(phrases.sell).toContain('{{name}}');
      expect(phrases.shipping).toContain('{{place}}');
      expect(phrases.search).toContain('{{query}}');
    }
  });

  it.each([
    ['mau jual kain tenun', { kind: 'sell', name: 'kain tenun', firm: true }],
    ['Mau jual Kain Tenun Ikat!', { kind: 'sell', name: 'Kain Tenun Ikat', firm: true }],
    ['jual kopi', { kind: 'sell', name: 'kopi', firm: false }],
    ['I want to sell honey', { kind: 'sell', name: 'honey', firm: true }],
    ['tambah produk', { kind: 'sell', name: null, firm: true }],
    ['mau beli 2', { kind: 'buy', quantity: 2 }],
    ['beli dua bungkus', { kind: 'buy', quantity: 2 }],
    ["I'll take 3", { kind: 'buy', quantity: 3 }],
    ['brp ongkir ke Jakarta Barat?', { kind: 'shipping', destination: 'Jakarta Barat' }],
    ['shipping to bali', { kind: 'shipping', destination: 'bali' }],
    ['ongkir', { kind: 'shipping', destination: '' }],
    ['keranjang', { kind: 'cart' }],
    ['keranjng', { kind: 'cart' }],
    ['my cart', { kind: 'cart' }],
    ['bayar', { kind: 'pay' }],
    ['checkout', { kind: 'pay' }],
    ['status pesanan', { kind: 'orderStatus' }],
    ['track my order', { kind: 'orderStatus' }],
    ['pesanan masuk', { kind: 'incomingOrders' }],
    ['order masuk', { kind: 'incomingOrders' }],
    ['cari kopi flores', { kind: 'search', query: 'kopi flores' }],
    ['ada madu gak?', { kind: 'search', query: 'madu' }],
    ['jual kopi gak', { kind: 'search', query: 'kopi' }],
    ['mau beli kopi', { kind: 'search', query: 'kopi' }],
    ['do you have coffee', { kind: 'search', query: 'coffee' }],
  ])('%s', (text, intent) => {
    expect(intentOf(text)).toEqual(intent);
  });

  it('both languages name every payment method a buyer may type, each word read in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const methods = loadLocaleFiles(lang).intents?.paymentMethods as unknown as Record<string, string>;
      expect(Object.keys(methods).sort()).toEqual([...TYPED_METHODS].sort());
      for (const [method, words] of Object.entries(methods)) {
        for (const word of words.split('|')) expect(namedPaymentMethod(`pakai ${word} aja`), `${lang} ${word}`).toBe(method);
      }
    }
  });

  it('reads nothing into small talk or plain words', () => {
    for (const text of ['halo', 'kopi bajawa', 'terima kasih', '🙏', 'saya dari kupang']) expect(intentOf(text), text).toBeNull();
  });

  it('knows the words that work everywhere, with slang, and never takes yes/no for one', () => {
    expect(globalCommandOf('gak jadi')).toBe('cancel');
    expect(globalCommandOf('/cancel')).toBe('cancel');
    expect(globalCommandOf('Kembali')).toBe('back');
    expect(globalCommandOf('ganti bahasa')).toBe('language');
    expect(globalCommandOf('bingung')).toBe('help');
    expect(globalCommandOf('iya')).toBeNull();
    expect(wordOf('iya')).toBe('yes');
    expect(wordOf('nggak')).toBe('no');
  });

  it('reads numbers in words, with the little words people put before them', () => {
    expect(numberOf('dua')).toBe(2);
    expect(numberOf('yang kedua')).toBe(2);
    expect(numberOf('no. 3')).toBe(3);
    expect(numberOf('third')).toBe(3);
    expect(quantityOf('lima bungkus')).toBe(5);
    expect(numberOf('banyak')).toBeNull();
  });
});

describe('menu replies', () => {
  // the welcome's choices
  const role = menu(['🛍 Belanja', 'buyer'], ['🧺 Jual produk', 'producer'], ['🇬🇧 English', 'lang:en']);
  it.each([
    ['blanja', 'buyer'],
    ['saya mau belanja', 'buyer'],
    ['shop', 'buyer'],
    ['jual produk', 'producer'],
    ['jual', 'producer'],
    ['sell products', 'producer'],
    ['dua', 'producer'],
    ['yang pertama', 'buyer'],
    ['englsh', 'lang:en'],
    ['tiga', 'lang:en'],
  ])('%s → %s', (text, value) => {
    expect(matchMenuReply(role, text)).toBe(value);
  });

  it('yes and no by their slang, a typo in either language, and nothing when two options are as close', () => {
    const confirm = menu(['✅ Konfirmasi', 'yes'], ['✏️ Ubah data', 'edit']);
    expect(matchMenuReply(confirm, 'iya')).toBe('yes');
    expect(matchMenuReply(confirm, 'ok')).toBe('yes');
    expect(matchMenuReply(menu(['Ya', 'yes'], ['Tidak', 'no']), 'gak')).toBe('no');
    expect(matchMenuReply(menu(['🇮🇩 Bahasa Indonesia', 'id'], ['🇬🇧 English', 'en']), 'englsh')).toBe('en');
    expect(matchMenuReply(menu(['Kopi Bajawa', 'a'], ['Kopi Flores', 'b']), 'kopi')).toBeNull();
    // a search is not a button: "cari kopi" at a menu with "Cari produk" stays words for the engine
    expect(matchMenuReply(menu(['🔍 Cari produk', 'search'], ['🛒 Keranjang', 'cart']), 'cari kopi')).toBeNull();
    // a longer answer that only shares a word with a button is not that button
    expect(matchMenuReply(menu(['Timor', 'island:Timor'], ['Flores', 'island:Flores']), 'timor tengah selatan')).toBeNull();
  });
});

describe('editDistance', () => {
  /** the textbook optimal-string-alignment distance, whole table, no early stop */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  }

  it('is the distance up to max and max + 1 beyond it, on random words, long ones too', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const word = (n: number) => Array.from({ length: n }, () => 'abkr'[next() % 4]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word(next() % 12);
      const b = next() % 3 ? word(next() % 12) : a.slice(1) + a[0];
      const max = next() % 3;
      const exact = reference(a, b);
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(exact <= max ? exact : max + 1);
    }
    const long = 'x'.repeat(90);
    expect(editDistance(long, `${long}yz`, 2)).toBe(2);
    expect(editDistance('keranjng', 'keranjang')).toBe(1);
    expect(editDistance('pesnaan', 'pesanan', 1)).toBe(1);
  });
});
