// Just enough PDF reading for the label tests: the text pdfkit wrote (hex strings in TJ/Tj operators of
// the inflated content streams) and the embedded images as RGBA pixels (raw or PNG-predicted Flate data),
// so a QR code printed on the sheet can be decoded with jsQR.
import { inflateSync } from 'node:zlib';
import jsqr from 'jsqr';

// jsqr is a CommonJS bundle that also sets .default; under NodeNext the typed function is that .default
const jsQR = jsqr.default;

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): PdfObject[] {
  const text = pdf.toString('latin1');
  const out: PdfObject[] = [];
  const re = /\d+ 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const dict = m[1]!;
    let stream: Buffer | null = null;
    if (m[2]) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const start = m.index + m[0].length;
      stream = pdf.subarray(start, start + length);
    }
    out.push({ dict, stream });
  }
  return out;
}

/** All text drawn on the pages, one string per text operator. */
export function pdfTexts(pdf: Buffer): string[] {
  const texts: string[] = [];
  for (const o of objects(pdf)) {
    if (!o.stream || /\/Subtype/.test(o.dict)) continue;
    const content = (/\/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream).toString('latin1');
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => h[1]!) : [op[2]!];
      texts.push(hexes.map((h) => Buffer.from(h, 'hex').toString('latin1')).join(''));
    }
  }
  return texts;
}

function unpredict(data: Buffer, width: number, channels: number): Buffer {
  const stride = width * channels;
  const rows = data.length / (stride + 1);
  const out = Buffer.alloc(rows * stride);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * stride + x] = (raw + add) & 0xff;
    }
  }
  return out;
}

/** The colour images of the PDF (soft masks left out) as RGBA pixels. */
export function pdfImages(pdf: Buffer): { width: number; height: number; rgba: Uint8ClampedArray }[] {
  const images = [];
  for (const o of objects(pdf)) {
    if (!o.stream || !/\/Subtype \/Image/.test(o.dict) || /\/DeviceGray/.test(o.dict)) continue;
    const width = Number(/\/Width (\d+)/.exec(o.dict)![1]);
    const height = Number(/\/Height (\d+)/.exec(o.dict)![1]);
    let data = inflateSync(o.stream);
    if (/\/Predictor 1[0-5]/.test(o.dict)) data = unpredict(data, width, 3);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba[i * 4] = data[i * 3]!;
      rgba[i * 4 + 1] = data[i * 3 + 1]!;
      rgba[i * 4 + 2] = data[i * 3 + 2]!;
      rgba[i * 4 + 3] = 255;
    }
    images.push({ width, height, rgba });
  }
  return images;
}

/** The texts of the QR codes printed on the PDF, one per image (null where an image holds none). */
export function pdfQrCodes(pdf: Buffer): (string | null)[] {
  return pdfImages(pdf).map((i) => jsQR(i.rgba, i.width, i.height)?.data ?? null);
}
