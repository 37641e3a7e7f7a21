// Reads the QR code in a PNG (labels, the WhatsApp login QR) back to its text.
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is a CommonJS bundle that also sets .default; under NodeNext the typed function is that .default
const jsQR = jsqr.default;

export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Reads the QR code in any image sharp can open (the media store keeps photos as JPEG). */
export async function decodeQrImage(image: Buffer): Promise<string | null> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}
