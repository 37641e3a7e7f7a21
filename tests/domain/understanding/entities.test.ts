import { describe, expect, it } from 'vitest';
import { detectAnswer, findCurrency, findPhones, findPostcodes, findTracking, isNonAnswer } from '../../../domain/understanding/entities.ts';

describe('short answers', () => {
  it.each([
    ['blm ada', 'none'],
    ['tdk punya', 'none'],
    ['blm ada izin', 'none'],
    ['belum ada sih kak', 'none'],
    ['gk tau', 'dontKnow'],
    ['ga tau juga', 'dontKnow'],
    ['skip', 'skip'],
    ['lewati', 'skip'],
    ['nanti aja', 'skip'],
    ['none', 'none'],
    ['iya kak', 'yes'],
    ['gak usah kak', 'no'],
  ])('%s → %s', (text, kind) => {
    expect(detectAnswer(text)?.kinds).toContain(kind);
    expect(detectAnswer(text)?.pure).toBe(true);
  });

  it.each([
    ['no', 'no'],
    ['not yet', 'none'],
    ['i dont know', 'dontKnow'],
    ['skip it', 'skip'],
  ])('English %s → %s', (text, kind) => {
    expect(detectAnswer(text, 'en')?.kinds).toContain(kind);
  });

  it('is not a non-answer when the message carries a value', () => {
    expect(detectAnswer('ada, nomornya 12345')?.pure).toBe(false);
    expect(isNonAnswer('madu hutan')).toBe(false);
    expect(isNonAnswer('gk tau')).toBe(true);
    expect(isNonAnswer('iya')).toBe(false);
  });
});

describe('phones, postcodes, couriers, currencies', () => {
  it('reads phones however they are written', () => {
    expect(findPhones('hp saya +62 813-1122-3344').map((p) => p.e164)).toEqual(['+6281311223344']);
    expect(findPhones('0813 1122 3344').map((p) => p.e164)).toEqual(['+6281311223344']);
    expect(findPhones('udh diatas kak 081311223344').map((p) => p.e164)).toEqual(['+6281311223344']);
    expect(findPhones('+65 9123 4567')).toMatchObject([{ e164: '+6591234567', country: 'other' }]);
    expect(findPhones('harga 150000')).toEqual([]);
  });

  it('reads postcodes, marked or at the end of an address', () => {
    expect(findPostcodes('kode pos 85361')).toMatchObject([{ code: '85361', marked: true }]);
    expect(findPostcodes('jl kemang raya no 5 jaksel 12730')).toMatchObject([{ code: '12730', marked: false }]);
    expect(findPostcodes('Rp 15000')).toEqual([]);
  });

  it('separates the courier from the tracking number', () => {
    expect(findTracking('resi JNE0123456789ID')).toMatchObject({ courier: 'JNE', number: '0123456789ID' });
    expect(findTracking('no resi: 0123 4567 8901 (J&T)')).toMatchObject({ courier: 'J&T', number: '012345678901' });
    expect(findTracking('sudah kirim pakai sicepat resinya 004123456789')).toMatchObject({ courier: 'SiCepat', number: '004123456789' });
    expect(findTracking('posisi sudah dikirim')).toBeNull();
  });

  it('names currencies', () => {
    expect(findCurrency('how much is that in SGD?')).toBe('SGD');
    expect(findCurrency('berapa dolar')).toBe('USD');
    expect(findCurrency('oke')).toBeNull();
  });
});
