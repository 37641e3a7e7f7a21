import { describe, expect, it } from 'vitest';
import { buildSearchText } from '../../../domain/search/search-text.ts';
import { queryWords } from '../../../domain/search/normalize.ts';

describe('buildSearchText', () => {
  it('lowercases, strips accents and turns punctuation into spaces', () => {
    const text = buildSearchText({
      nameId: "Se'i Sapi Asap — KUPANG",
      nameEn: 'Smoked Beef (Se’i), Café-style',
      descriptionId: 'Daging "asli"; diasap kayu kosambi!',
      descriptionEn: null,
      category: { nameId: 'Pangan Olahan', nameEn: 'Processed Foods' },
      producerBusinessName: 'Dapur Sé’i Oma Dortia',
      regionShortName: 'Kota Kupang',
    });
    expect(text).toBe(
      'se i sapi asap kupang smoked beef se i cafe style pangan olahan processed foods dapur se i oma dortia kota kupang daging asli diasap kayu kosambi sei',
    );
    expect(text).not.toMatch(/[^a-z0-9 ]/);
  });

  it("adds apostrophe words once more without the apostrophe, so \"sei\" finds \"Se'i\"", () => {
    const text = buildSearchText({ nameId: "Se'i Sapi", descriptionId: "Kopi Juria Wae Ri'i, dari Wae Ri’i" });
    expect(text).toBe('se i sapi kopi juria wae ri i dari wae ri i sei rii');
    for (const word of queryWords('sei')) expect(text.split(' ')).toContain(word);
  });

  it('meets the query normalisation: an accented query word is found in the text', () => {
    const text = buildSearchText({ nameId: 'Kopi Arabika Bajawa', descriptionId: 'Dari Ngada' });
    for (const word of queryWords('KOPI Bajawá!')) expect(text.split(' ')).toContain(word);
  });
});
