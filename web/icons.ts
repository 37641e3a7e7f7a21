// The site's icon, drawn once as SVG (an ikat-like diamond on the brand's brown) and rendered with sharp
// into the sizes browsers and phones ask for: a favicon.ico holding a PNG, the Apple touch icon, and the
// web app manifest's 192 and 512 px icons. Rendered at first request and kept in memory (a few KB).
// loaded on the first icon request, not with the server (libvips: ~7 MB resident and its own allocations)
import { sharp } from '../domain/lib/on-demand.ts';

export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="14" fill="#6b2a0c"/>
<path d="M32 8 56 32 32 56 8 32Z" fill="#f4c27a"/>
<path d="M32 17 47 32 32 47 17 32Z" fill="#8a3b12"/>
<path d="M32 25 39 32 32 39 25 32Z" fill="#fff3e6"/>
</svg>
`;

/** A PNG wrapped in the ICO container (one image; ICO allows PNG data since Windows Vista). */
export function pngToIco(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt8(0, 2); // no palette
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(6 + 16, 12); // where the image starts
  return Buffer.concat([header, entry, png]);
}

const pngCache = new Map<number, Promise<Buffer>>();

/** The icon as a square PNG of `size` pixels. */
export function iconPng(size: number): Promise<Buffer> {
  let png = pngCache.get(size);
  if (!png) {
    png = sharp(Buffer.from(iconSvg), { density: Math.max(72, Math.ceil((72 * size) / 64)) }).resize(size, size).png().toBuffer();
    pngCache.set(size, png);
  }
  return png;
}
