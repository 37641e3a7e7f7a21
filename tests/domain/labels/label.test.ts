// Shelf labels: the QR target (Telegram, else WhatsApp, else the storefront's /d/ link, always with the
// point's code), the PNG label whose QR decodes to that link, and the PDF sheet whose text holds the product
// and whose embedded QR image decodes to the same link.
import { describe, expect, it } from 'vitest';
import { buildLabel } from '../../../domain/labels/label-data.ts';
import { labelLinks } from '../../../domain/labels/label-links.ts';
import { renderLabelSheet } from '../../../domain/labels/label-pdf.ts';
import { renderLabelPng, wrap } from '../../../domain/labels/label-png.ts';
import { qrPng } from '../../../domain/labels/label-qr.ts';
import type { ProductView } from '../../../domain/services/product-view.ts';
import { decodeQrPng as decodePng } from '../../helpers/qr.ts';
import { pdfQrCodes, pdfTexts } from './pdf-inspect.ts';

const product: ProductView = {
  id: 'p1',
  code: 'KBJ01',
  slug: 'kbj01-kopi-arabika-bajawa',
  name: { id: 'Kopi Arabika Bajawa 250 g', en: 'Bajawa Arabica Coffee 250 g' },
  description: { id: 'Kopi', en: null },
  category: { id: 'kopi', nameId: 'Kopi', nameEn: 'Coffee' },
  priceIdr: 85_000,
  unit: 'bungkus',
  weightGrams: 250,
  stock: 10,
  status: 'APPROVED',
  producer: { id: 'pr1', businessName: 'Kopi Mama Ros', village: 'Beiposo', district: 'Bajawa', story: null, storyEn: null },
  region: { code: '53.09', name: 'Kabupaten Ngada', shortName: 'Ngada', island: 'Flores' },
  photos: [],
  permits: [{ type: 'HALAL', number: 'ID53110012345678901234', expiresAt: null }, { type: 'SPP_IRT', number: null, expiresAt: null }],
  rating: { average: null, count: 0 },
};
const point = { code: 'KOE', name: 'Bandara El Tari' };
const all = { telegramBotUsername: '@EtalaseNttBot', whatsappNumber: '+62 812-0000-1111', publicUrl: 'https://etalase.example/' };

describe('label links', () => {
  it('the QR opens Telegram when the bot has a username, else WhatsApp, else the storefront; each carries the point', () => {
    expect(labelLinks(all, product, 'KOE')).toEqual({
      telegram: 'https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE',
      whatsapp: 'https://wa.me/6281200001111?text=start%20p_KBJ01__d_KOE',
      storefront: 'https://etalase.example/d/KOE/KBJ01',
      qr: 'https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE',
    });
    expect(labelLinks({ ...all, telegramBotUsername: undefined }, product, 'PEL-TENAU').qr).toBe('https://wa.me/6281200001111?text=start%20p_KBJ01__d_PEL-TENAU');
    expect(labelLinks({ publicUrl: 'https://etalase.example' }, product, 'KOE')).toMatchObject({ telegram: null, whatsapp: null, qr: 'https://etalase.example/d/KOE/KBJ01' });
  });

  it('the label shows the name, price, regency and permit badges in the reader’s language', () => {
    expect(buildLabel(product, point, all, 'id')).toMatchObject({
      name: 'Kopi Arabika Bajawa 250 g',
      altName: 'Bajawa Arabica Coffee 250 g',
      price: 'Rp85.000 / bungkus',
      region: 'Asal: Kabupaten Ngada',
      badges: ['HALAL', 'P-IRT'],
      point: 'Dipajang di Bandara El Tari (KOE)',
      scanHint: 'Pindai untuk memesan',
    });
    expect(buildLabel(product, point, all, 'en')).toMatchObject({ name: 'Bajawa Arabica Coffee 250 g', altName: 'Kopi Arabika Bajawa 250 g', scanHint: 'Scan to order' });
    expect(wrap('Tenun Ikat Sumba Timur motif kuda dan rusa', 18, 2)).toEqual(['Tenun Ikat Sumba', 'Timur motif kuda…']);
  });
});

describe('label images', () => {
  it('the QR PNG and the PNG label decode to the deep link with the point code', async () => {
    const label = buildLabel(product, point, all, 'id');
    expect(decodePng(await qrPng(label.links.qr))).toBe('https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE');
    const png = await renderLabelPng(label);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(decodePng(png)).toBe('https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE');
    const storefrontOnly = await renderLabelPng(buildLabel(product, point, { publicUrl: 'https://etalase.example' }, 'en'));
    expect(decodePng(storefrontOnly)).toBe('https://etalase.example/d/KOE/KBJ01');
  });

  it('the PDF sheet is a PDF with the product’s name, its links, and a QR image that decodes to the deep link', async () => {
    const other = buildLabel({ ...product, code: 'TSB01', slug: 'tsb01', name: { id: 'Tenun Ikat Sumba', en: null }, permits: [] }, point, all, 'id');
    const pdf = await renderLabelSheet([buildLabel(product, point, all, 'id'), other], {
      title: 'Label Bandara El Tari (KOE)',
      linkNames: { telegram: 'Telegram', whatsapp: 'WhatsApp', storefront: 'Web' },
      copies: 2,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // a long name wraps over two lines: the pieces joined read as the name
    const text = pdfTexts(pdf).join('');
    expect(text).toContain('Kopi Arabika Bajawa 250 g');
    expect(text).toContain('Tenun Ikat Sumba');
    expect(text).toContain('Rp85.000 / bungkus');
    expect(text).toContain('HALAL');
    expect(text).toContain('https://wa.me/6281200001111?text=start%20p_KBJ01__d_KOE');
    expect(text).toContain('https://etalase.example/d/KOE/KBJ01');
    const decoded = pdfQrCodes(pdf);
    expect(decoded).toHaveLength(4); // two copies of two labels
    expect(decoded).toContain('https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE');
    expect(decoded).toContain('https://t.me/EtalaseNttBot?start=p_TSB01__d_KOE');
  });
});
