// The QR code of a label as a PNG (the `qrcode` package): the PDF sheet embeds it and the PNG label
// composites it, so both carry exactly the same code.
import { qrCode } from '../lib/on-demand.ts';

/** A black-on-white QR code of `text`, `width` pixels wide, with a quiet zone of two modules. */
export function qrPng(text: string, width = 330): Promise<Buffer> {
  return qrCode().toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width, color: { dark: '#000000', light: '#ffffff' } });
}
