import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoImageSvg, renderDemoImage, wrapWords } from '../../prisma/seed/demo-images.ts';

describe('demo images', () => {
  it('wraps names into short lines, keeps "250 g" together and marks a cut with an ellipsis', () => {
    expect(wrapWords('Kopi Arabika Flores Bajawa Biji Sangrai 250 g', 17, 4)).toEqual(['Kopi Arabika', 'Flores Bajawa', 'Biji Sangrai', '250\u00a0g']);
    expect(wrapWords('satu dua tiga empat lima enam', 9, 2)).toEqual(['satu dua', 'tiga…']);
  });

  it('escapes the name so any product name renders to a 1200×900 picture', async () => {
    const input = { categoryId: 'pangan-olahan', name: `Se'i & <Sambal> "Lu'at"`, caption: 'Kota Kupang · Oma & Opa', variant: 0 as const };
    expect(demoImageSvg(input)).toContain('Se&apos;i &amp; &lt;Sambal&gt;');
    const meta = await sharp(await renderDemoImage(input)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 900]);
  });

  it('gives each category its own colour field', async () => {
    const corner = async (categoryId: string) => {
      const png = await renderDemoImage({ categoryId, name: 'X', caption: 'Y', variant: 1 });
      return [...(await sharp(png).extract({ left: 0, top: 200, width: 1, height: 1 }).removeAlpha().raw().toBuffer())];
    };
    expect(await corner('kopi')).not.toEqual(await corner('tenun'));
  });
});
