// One shelf label as a PNG (for a phone, a chat or a small label printer): an SVG text block (name, price,
// regency, permit badges, the point) composited with sharp next to the same QR code as the PDF sheet.
import { sharp } from '../lib/on-demand.ts';
import type { LabelData } from './label-data.ts';
import { qrPng } from './label-qr.ts';

const WIDTH = 820;
const HEIGHT = 440;
const QR = 356;
const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Word-wraps to at most `lines` lines of about `chars` characters; the last one ends with "…" if cut. */
export function wrap(text: string, chars: number, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= chars) current = next;
    else {
      if (current) out.push(current);
      current = word.length > chars ? `${word.slice(0, chars - 1)}…` : word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, chars - 1)}…`;
  return kept;
}

function textBlock(label: LabelData): string {
  const parts: string[] = [];
  let y = 70;
  for (const line of wrap(label.name, 18, 2)) {
    parts.push(`<text x="36" y="${y}" font-size="30" font-weight="bold">${esc(line)}</text>`);
    y += 42;
  }
  if (label.altName) {
    parts.push(`<text x="36" y="${y - 6}" font-size="20" font-style="italic" fill="#444">${esc(wrap(label.altName, 30, 1)[0] ?? '')}</text>`);
    y += 28;
  }
  parts.push(`<text x="36" y="${y + 8}" font-size="28" font-weight="bold" fill="#b3401e">${esc(label.price)}</text>`);
  y += 50;
  parts.push(`<text x="36" y="${y}" font-size="20">${esc(wrap(label.region, 30, 1)[0] ?? '')}</text>`);
  y += 20;
  let x = 36;
  for (const badge of label.badges) {
    const w = badge.length * 12 + 20;
    if (x + w > WIDTH - QR - 40) {
      x = 36;
      y += 40;
    }
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="30" rx="8" fill="none" stroke="#1d6b3a" stroke-width="2"/>`);
    parts.push(`<text x="${x + 10}" y="${y + 21}" font-size="18" font-weight="bold" fill="#1d6b3a">${esc(badge)}</text>`);
    x += w + 10;
  }
  parts.push(`<text x="36" y="${HEIGHT - 30}" font-size="18" font-weight="bold">${esc(wrap(label.point, 34, 1)[0] ?? '')}</text>`);
  parts.push(`<text x="${WIDTH - QR / 2 - 26}" y="${HEIGHT - 22}" font-size="16" text-anchor="middle" fill="#333">${esc(label.scanHint)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="${FONT}">
<rect x="4" y="4" width="${WIDTH - 8}" height="${HEIGHT - 8}" rx="18" fill="#ffffff" stroke="#888" stroke-width="3" stroke-dasharray="10 8"/>
${parts.join('\n')}
</svg>`;
}

export async function renderLabelPng(label: LabelData): Promise<Buffer> {
  const qr = await qrPng(label.links.qr, QR);
  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#ffffff' } })
    .composite([
      { input: Buffer.from(textBlock(label)), top: 0, left: 0 },
      { input: qr, top: 24, left: WIDTH - QR - 26 },
    ])
    .png()
    .toBuffer();
}
