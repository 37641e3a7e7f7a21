// One answer for where a producer is, read into village, district and regency (reference data of the 22
// regencies); a regency that is none of NTT's is reported, never guessed. And the first message's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../bot/core/detect-language.ts';
import { parseLocation, placeName, type RegionLike } from '../../../bot/flows/shared/location-answer.ts';

const regions = (JSON.parse(readFileSync('domain/understanding/ntt-regions.json', 'utf8')) as { regions: RegionLike[] }).regions;
const read = (text: string) => {
  const { region, ...rest } = parseLocation(text, regions);
  return { ...(region ? { region: region.code } : {}), ...rest };
};

describe('parseLocation', () => {
  it.each([
    ['Desa Prailiu, Kec. Kambera, Sumba Timur', { region: '53.11', village: 'Prailiu', district: 'Kambera' }],
    ['desa Beiposo kec Bajawa kab Ngada', { region: '53.09', village: 'Beiposo', district: 'Bajawa' }],
    ['Prailiu, Kambera, Sumba Timr', { region: '53.11', village: 'Prailiu', district: 'Kambera' }],
    ['kel Oebobo, kec Oebobo, Kota Kupang', { region: '53.71', village: 'Oebobo', district: 'Oebobo' }],
    ['kab kupang', { region: '53.01' }],
    ['ds golo kantar kec borong manggarai timur', { region: '53.19', village: 'Golo Kantar', district: 'Borong' }],
    ['desa Nualain, kec Lamaknen, Belu', { region: '53.04', village: 'Nualain', district: 'Lamaknen' }],
    ['Kec. Kambera, Kab. Sumba Timur', { region: '53.11', district: 'Kambera' }],
    ['Ngada', { region: '53.09' }],
    ['Waingapu', { region: '53.11' }],
    ['Prailiu, Kambera', { village: 'Prailiu', district: 'Kambera' }],
    ['village Prailiu, district Kambera, regency Sumba Timur', { region: '53.11', village: 'Prailiu', district: 'Kambera' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reports a regency that is not one of NTT\'s instead of guessing, keeping the other pieces', () => {
    expect(read('desa Prailiu, kec Kambera, kab Jakarta')).toEqual({ regionRefused: 'Jakarta', village: 'Prailiu', district: 'Kambera' });
    expect(read('Prailiu, Kambera, Jakarta')).toEqual({ regionRefused: 'Jakarta', village: 'Prailiu', district: 'Kambera' });
    expect(read('12345')).toEqual({});
  });

  it('reads a district or village answer without its place word', () => {
    expect(placeName('Kec. Bajawa')).toBe('Bajawa');
    expect(placeName('kelurahan prailiu')).toBe('Prailiu');
    expect(placeName('Golo Kantar')).toBe('Golo Kantar');
    expect(placeName('123')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['hello', 'en'],
    ['hi, I want to sell coffee', 'en'],
    ['good morning', 'en'],
    ['halo', 'id'],
    ['mau jual kopi arabika bajawa', 'id'],
    ['selamat pagi kak', 'id'],
    ['Budi', null],
    ['2', null],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
