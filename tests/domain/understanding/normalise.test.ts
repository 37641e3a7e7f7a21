// The lexicon's every entry and the normaliser's rules, by table.
import { describe, expect, it } from 'vitest';
import { lexicon, readLexiconFile } from '../../../domain/understanding/lexicon.ts';
import { foldElongation, guessLang, normalise, originalOf } from '../../../domain/understanding/normalise.ts';

describe('the lexicon (locales/*/lexicon.json)', () => {
  it('has hundreds of Indonesian entries, each read as a word → standard form', () => {
    const file = readLexiconFile('id');
    const entries = Object.entries(file.words)
      .filter(([category]) => category !== 'places')
      .flatMap(([, list]) => list.split('|'));
    expect(entries.length).toBeGreaterThan(500);
    // one meaning per written word
    const meanings = new Map<string, string>();
    for (const entry of entries) {
      const [from, to] = entry.split('=');
      expect(meanings.get(from!) ?? to, `${from} means ${meanings.get(from!)} and ${to}`).toBe(to);
      meanings.set(from!, to!);
    }
    for (const entry of entries) {
      const [from, to] = entry.split('=');
      expect(from, entry).toMatch(/\S/);
      expect(to, entry).toMatch(/\S/);
      // every word the table knows normalises to its standard form when typed alone (unless a phrase joins it)
      const typed = normalise(from!, 'id').text;
      if (!from!.includes(' ') && !lexicon('id').honorifics.has(from!)) expect([to, lexicon('id').phrases.find(([p]) => p === to)?.[1]], entry).toContain(typed);
    }
  });

  it('has an English table of the same shape', () => {
    const file = readLexiconFile('en');
    for (const entry of Object.values(file.words).flatMap((list) => list.split('|'))) expect(entry, entry).toMatch(/^[^=]+=[^=]+$/);
    expect(Object.keys(readLexiconFile('en')).sort()).toEqual(Object.keys(readLexiconFile('id')).sort());
  });
});

describe('normalise', () => {
  it.each([
    ['sy mw jual madu hutan', 'saya mau jual madu hutan'],
    ['kupang tengah udh sy tulis td', 'kupang tengah sudah saya tulis tadi'],
    ['gk tau', 'tidak tahu'],
    ['blm ada izin', 'belum ada izin'],
    ['tdk punya', 'tidak punya'],
    ['brp ongkirnya dr kupang?', 'berapa ongkir dari kupang'.replace('ongkir', 'ongkirnya')],
    ['jg bs dgn utk yg', 'juga bisa dengan untuk yang'],
    ['gmn kak', 'bagaimana'],
    ['pesanan sy gmn kak', 'pesanan saya bagaimana'],
    ['halo kak mau cari madu', 'halo mau cari madu'],
    ['bedanya no 1 sm no 2 apa kak', 'bedanya nomor 1 sama nomor 2 apa'],
    ['udh diatas kak 081311223344', 'sudah di atas 081311223344'],
    ['bangettt', 'banget'],
    ['mauuu', 'mau'],
    ['maaaaf', 'maaf'],
    ['kira2 7 ons', 'kira-kira 7 ons'],
    ['bapa2 mama2', 'bapa-bapa mama-mama'],
    ['gak papa', 'tidak apa-apa'],
    ['7 g', '7 g'],
    ['g bisa', 'tidak bisa'],
    ['mau 2 pak kopi', 'mau 2 pak kopi'],
  ])('%s → %s', (typed, standard) => {
    expect(normalise(typed, 'id').text).toBe(standard);
  });

  it.each([
    ['do u ship to singapore?', 'do you ship to singapore'],
    ['pls send pics', 'please send photos'],
    ['thx sir', 'thanks'],
    ['idk', 'i do not know'],
  ])('English: %s → %s', (typed, standard) => {
    expect(normalise(typed, 'en').text).toBe(standard);
  });

  it('keeps a title before a name, drops it as an address term', () => {
    expect(normalise('Terima kasih Pak Yohanes', 'id').text).toBe('terima kasih pak yohanes');
    expect(normalise('makasih pak', 'id').dropped).toEqual(['pak']);
  });

  it('keeps the original so a name is taken verbatim', () => {
    const n = normalise('nama sy Maria Goreti', 'id');
    expect(n.text).toBe('nama saya maria goreti');
    expect(originalOf(n, 2, 4)).toBe('Maria Goreti');
  });

  it('folds elongation only to words it knows, keeping real doubles', () => {
    expect(foldElongation('siaaap', lexicon('id'))).toBe('siap');
    expect(foldElongation('maaf', lexicon('id'))).toBe('maaf');
  });

  it('guesses the language from the words', () => {
    expect(guessLang('sy mau beli madu')).toBe('id');
    expect(guessLang('do you ship to singapore')).toBe('en');
  });
});
