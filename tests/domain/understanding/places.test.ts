import { describe, expect, it } from 'vitest';
import { allProvinces, areasIn, resolvePlace } from '../../../domain/understanding/places.ts';
import { placeData } from '../../../domain/understanding/places-data.ts';
import { lexicon } from '../../../domain/understanding/lexicon.ts';

const names = (text: string, opts: Parameters<typeof resolvePlace>[1] = {}) => {
  const r = resolvePlace(text, opts);
  return r && [r.village?.name ?? null, r.district?.name ?? null, r.regency?.name ?? null, r.province?.name ?? null];
};

describe('places from idn-area-data', () => {
  it('holds every province and regency, and NTT to its villages', () => {
    const d = placeData(lexicon('id').vocabulary);
    const count = (level: string, prefix = '') => [...d.areas.values()].filter((a) => a.level === level && a.code.startsWith(prefix)).length;
    expect(count('province')).toBe(38);
    expect(count('regency')).toBeGreaterThan(510);
    expect(count('regency', '53.')).toBe(22);
    expect(count('district', '53.')).toBeGreaterThan(300);
    expect(count('village', '53.')).toBeGreaterThan(3400);
    expect(allProvinces()).toHaveLength(38);
    expect(areasIn('53').map((a) => a.name)).toContain('Kabupaten Sumba Barat Daya');
  });

  it('reads village, district and regency without commas or place words', () => {
    expect(names('desa oelnasi kupang tengah kab kupang')).toEqual(['Oelnasi', 'Kupang Tengah', 'Kabupaten Kupang', 'Nusa Tenggara Timur']);
    expect(names('Desa Prailiu, Kec. Kambera, Sumba Timur')).toEqual(['Prailiu', 'Kambera', 'Kabupaten Sumba Timur', 'Nusa Tenggara Timur']);
    expect(names('oelnasi')).toEqual(['Oelnasi', 'Kupang Tengah', 'Kabupaten Kupang', 'Nusa Tenggara Timur']);
  });

  it.each([
    ['SBD', 'Kabupaten Sumba Barat Daya'],
    ['tts', 'Kabupaten Timor Tengah Selatan'],
    ['TTU', 'Kabupaten Timor Tengah Utara'],
    ['Mabar', 'Kabupaten Manggarai Barat'],
    ['matim', 'Kabupaten Manggarai Timur'],
    ['Manggarai Brt', 'Kabupaten Manggarai Barat'],
    ['sumtim', 'Kabupaten Sumba Timur'],
    ['flotim', 'Kabupaten Flores Timur'],
    ['kota', 'Kota Kupang'],
    ['kota kupang', 'Kota Kupang'],
    ['kab kupang', 'Kabupaten Kupang'],
  ])('NTT short form %s → %s', (typed, regency) => {
    expect(resolvePlace(typed)?.regency?.name).toBe(regency);
  });

  it.each([
    ['jaksel', 'Kota Administrasi Jakarta Selatan', 'Daerah Khusus Ibukota Jakarta'],
    ['Jakarta Selatan', 'Kota Administrasi Jakarta Selatan', 'Daerah Khusus Ibukota Jakarta'],
    ['jakbar', 'Kota Administrasi Jakarta Barat', 'Daerah Khusus Ibukota Jakarta'],
    ['surabaya jatim', 'Kota Surabaya', 'Jawa Timur'],
    ['kota bekasi', 'Kota Bekasi', 'Jawa Barat'],
  ])('a buyer anywhere: %s → %s, %s', (typed, regency, province) => {
    const r = resolvePlace(typed, { scope: 'indonesia' });
    expect(r?.regency?.name).toBe(regency);
    expect(r?.province?.name).toBe(province);
  });

  it('reports two equally good readings', () => {
    const r = resolvePlace('bekasi', { scope: 'indonesia' });
    expect(r?.ambiguous?.level).toBe('regency');
    expect(r?.ambiguous?.options.map((a) => a.name).sort()).toEqual(['Kabupaten Bekasi', 'Kota Bekasi']);
    expect(resolvePlace('kupang')?.ambiguous?.options).toHaveLength(2);
  });

  it('forgives a wrong letter', () => {
    expect(names('desa oelnsi kupang tengah')?.[0]).toBe('Oelnasi');
  });

  it('forgives it the same way when the misspelled word comes again (the near keys are remembered per word)', () => {
    expect(names('desa oelnsi kupang tengah')?.[0]).toBe('Oelnasi');
    expect(names('so\'e')?.[2]).toBe('Kabupaten Timor Tengah Selatan');
    // other misspellings in between, then the first again: the same reading, and a word near nothing stays so
    expect(names('ruteng, manggaray')?.[2]).toBe('Kabupaten Manggarai');
    expect(names('desa oelnsi kupang tengah')).toEqual(['Oelnasi', 'Kupang Tengah', 'Kabupaten Kupang', 'Nusa Tenggara Timur']);
    expect(resolvePlace('qwzxvbnm')).toBeNull();
    expect(resolvePlace('qwzxvbnm')).toBeNull();
  });

  it('questions a district outside the regency instead of storing it', () => {
    const r = resolvePlace('kupang tengah', { within: '53.09' });
    expect(r?.district).toBeUndefined();
    expect(r?.conflicts.map((a) => a.name)).toEqual(['Kupang Tengah']);
  });

  it('keeps a village the list does not know, as typed after its place word', () => {
    const r = resolvePlace('desa beiposo kec bajawa ngada');
    expect(r?.district?.name).toBe('Bajawa');
    expect(r?.unmatched).toEqual([{ level: 'village', text: 'beiposo', start: 5, end: 12 }]);
  });

  it('finds no place in a sentence without one', () => {
    expect(resolvePlace('saya mau jual madu hutan')).toBeNull();
    expect(resolvePlace('madu hutan 150rb sebotol stok 30')).toBeNull();
  });

  it('is fast once loaded', () => {
    resolvePlace('kota');
    const started = performance.now();
    for (let i = 0; i < 100; i++) resolvePlace('desa oelnasi kupang tengah kab kupang sy mau jual madu');
    expect((performance.now() - started) / 100).toBeLessThan(20);
  });
});
