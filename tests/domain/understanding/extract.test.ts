import { describe, expect, it } from 'vitest';
import { extractAddress, extractListing, extractRegistration } from '../../../domain/understanding/extract.ts';

describe('several answers in one line', () => {
  it('reads a whole address', () => {
    const a = extractAddress('dinda pratiwi 081311223344 jl. kemang raya no 5 jaksel 12730');
    expect(a.name).toBe('dinda pratiwi');
    expect(a.phone?.e164).toBe('+6281311223344');
    expect(a.street).toBe('jl. kemang raya no 5');
    expect(a.regency?.name).toBe('Kota Administrasi Jakarta Selatan');
    expect(a.province?.name).toBe('Daerah Khusus Ibukota Jakarta');
    expect(a.postcode).toBe('12730');
  });

  it('reads an address with commas, a name at the end, an ambiguous city', () => {
    expect(extractAddress('Budi Santoso, 0812-3456-7890, Jl. Rungkut Industri III No. 12, Surabaya, Jawa Timur 60293')).toMatchObject({ name: 'Budi Santoso', postcode: '60293', street: 'Jl. Rungkut Industri III No. 12' });
    expect(extractAddress('kirim ke jl ahmad yani 45 rt 02 rw 03 kota bekasi 17141 a.n. rina')).toMatchObject({ name: 'rina', street: 'jl ahmad yani 45 rt 02 rw 03', postcode: '17141' });
    expect(extractAddress('Jalan Pemuda 10 Bekasi').cityOptions?.map((a) => a.name).sort()).toEqual(['Kabupaten Bekasi', 'Kota Bekasi']);
  });

  it('takes no everyday words as a name', () => {
    expect(extractAddress('udh diatas kak 081311223344').name).toBeUndefined();
  });

  it('reads a product line', () => {
    const l = extractListing('madu hutan 150rb sebotol stok 30 berat 7 ons');
    expect(l.name).toBe('madu hutan');
    expect(l.price?.value).toBe(150_000);
    expect(l.unit).toBe('botol');
    expect(l.stock?.value).toBe(30);
    expect(l.weight?.value).toBe(700);
    expect(extractListing('sy mw jual madu hutan').name).toBe('madu hutan');
    expect(extractListing('jual ikan kering 50 ribu sekilo, ada 20 kg')).toMatchObject({ name: 'ikan kering', unit: 'kg', stock: { value: 20 } });
  });

  it('reads who and which business', () => {
    expect(extractRegistration('nama saya Yohanes Lado, usaha Madu Hutan Lado')).toMatchObject({ ownerName: 'Yohanes Lado', businessName: 'Madu Hutan Lado' });
    expect(extractRegistration('Maria Goreti / Kelompok Tenun Ikat Sinar Lewa')).toMatchObject({ ownerName: 'Maria Goreti', businessName: 'Kelompok Tenun Ikat Sinar Lewa' });
    const r = extractRegistration('sy mama Rambu, kelompok tenun Lewa di desa Prailiu kec kambera sumtim');
    expect(r).toMatchObject({ ownerName: 'mama Rambu', businessName: 'kelompok tenun Lewa' });
    expect(r.place?.village?.name).toBe('Prailiu');
  });
});
