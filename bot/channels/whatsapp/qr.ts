// The pairing QR code: printed in the terminal for whoever runs the server, and as a PNG for the admin page.
import { qrCode } from '../../../domain/lib/on-demand.ts';

/** Terminal art of the QR (small: two rows per character, fits an 80x24 terminal). */
export function qrTerminalArt(qr: string): Promise<string> {
  return qrCode().toString(qr, { type: 'terminal', small: true });
}

/** PNG bytes of the QR; a quiet zone and a scale that phone cameras read easily off a laptop screen. */
export function qrPng(qr: string): Promise<Buffer> {
  return qrCode().toBuffer(qr, { type: 'png', margin: 2, scale: 6, errorCorrectionLevel: 'M' });
}
