// Demo product pictures drawn by the project itself (no stock photos, nothing fetched): a colour field per
// category, a simple motif (coffee beans, ikat stripes, waves, honeycomb ...) and the product name in large
// DejaVu Sans, rendered from SVG by sharp. Variant 1 is a second, differently composed picture.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sharp } from '../../domain/lib/on-demand.ts';

type Motif = 'beans' | 'ikat' | 'fronds' | 'waves' | 'nuts' | 'dots' | 'honeycomb' | 'bowls' | 'bubbles' | 'zigzag' | 'leaves';

interface Palette {
  bg: string;
  accent: string;
  motif: Motif;
}

const PALETTES: Record<string, Palette> = {
  kopi: { bg: '#4a2c1d', accent: '#c89b6d', motif: 'beans' },
  tenun: { bg: '#7d1d1d', accent: '#e8b04a', motif: 'ikat' },
  'gula-aren-lontar': { bg: '#9a5b13', accent: '#f3cf7a', motif: 'fronds' },
  'hasil-laut': { bg: '#14506b', accent: '#7fd1d8', motif: 'waves' },
  'kacang-mete': { bg: '#8c4a1f', accent: '#f0d2a0', motif: 'nuts' },
  rempah: { bg: '#6b2f0f', accent: '#e07a2e', motif: 'dots' },
  madu: { bg: '#b7791f', accent: '#fbe3a1', motif: 'honeycomb' },
  'pangan-olahan': { bg: '#4f6b1f', accent: '#f2e394', motif: 'bowls' },
  minuman: { bg: '#1f5f5b', accent: '#a8e6cf', motif: 'bubbles' },
  kerajinan: { bg: '#5b4636', accent: '#e3c9a8', motif: 'zigzag' },
  'kosmetik-alami': { bg: '#6e4a6b', accent: '#f1d4ec', motif: 'leaves' },
};
const FALLBACK: Palette = { bg: '#44505c', accent: '#d0d7de', motif: 'dots' };

export const DEMO_IMAGE_WIDTH = 1200;
export const DEMO_IMAGE_HEIGHT = 900;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** Greedy word wrap to at most `maxLines` lines of about `width` characters. */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  // "250 g" stays on one line: a no-break space joins a number and its unit before splitting on plain spaces
  const joined = text.replace(/(\d) (g|kg|ml|l|cm)\b/g, '$1\u00a0$2');
  for (const word of joined.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

function motifShapes(motif: Motif, accent: string, seed: number): string {
  const out: string[] = [];
  const W = DEMO_IMAGE_WIDTH;
  const H = DEMO_IMAGE_HEIGHT;
  const jitter = (i: number) => ((i * 7919 + seed * 104729) % 97) / 97; // deterministic, no Math.random
  for (let i = 0; i < 24; i++) {
    const x = (i % 6) * 210 + 60 + jitter(i) * 60;
    const y = Math.floor(i / 6) * 230 + 60 + jitter(i + 3) * 60;
    const r = Math.round(jitter(i) * 40);
    switch (motif) {
      case 'beans':
        out.push(`<g transform="rotate(${r - 20} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="46" ry="32" fill="${accent}" opacity="0.35"/><path d="M${x - 40} ${y} Q${x} ${y - 14} ${x + 40} ${y}" stroke="${accent}" stroke-width="5" fill="none" opacity="0.6"/></g>`);
        break;
      case 'nuts':
        // a cashew: a fat crescent (kidney) shape
        out.push(
          `<path d="M${x - 40} ${y} C${x - 44} ${y - 44} ${x + 34} ${y - 52} ${x + 42} ${y - 4} C${x + 46} ${y + 24} ${x + 22} ${y + 34} ${x + 10} ${y + 16} C${x + 4} ${y - 6} ${x - 16} ${y - 6} ${x - 20} ${y + 12} C${x - 24} ${y + 30} ${x - 38} ${y + 22} ${x - 40} ${y} z" fill="${accent}" opacity="0.4" transform="rotate(${r * 4} ${x} ${y})"/>`,
        );
        break;
      case 'honeycomb': {
        const hx = (i % 6) * 200 + ((Math.floor(i / 6) % 2) * 100) + 40;
        const hy = Math.floor(i / 6) * 175 + 60;
        const pts = [0, 60, 120, 180, 240, 300].map((a) => `${hx + 70 * Math.cos((a * Math.PI) / 180)},${hy + 70 * Math.sin((a * Math.PI) / 180)}`).join(' ');
        out.push(`<polygon points="${pts}" fill="none" stroke="${accent}" stroke-width="8" opacity="0.35"/>`);
        break;
      }
      case 'bubbles':
      case 'dots':
        out.push(`<circle cx="${x}" cy="${y}" r="${motif === 'dots' ? 14 + r / 3 : 24 + r}" fill="${motif === 'dots' ? accent : 'none'}" stroke="${accent}" stroke-width="6" opacity="0.35"/>`);
        break;
      case 'bowls':
        out.push(`<path d="M${x - 50} ${y} a50 40 0 0 0 100 0 z" fill="${accent}" opacity="0.3"/>`);
        break;
      case 'leaves':
      case 'fronds':
        out.push(`<path d="M${x} ${y + 50} Q${x - 40} ${y} ${x} ${y - 50} Q${x + 40} ${y} ${x} ${y + 50} z" fill="${accent}" opacity="0.3" transform="rotate(${motif === 'fronds' ? i * 15 : r} ${x} ${y})"/>`);
        break;
      default:
        break;
    }
  }
  if (motif === 'ikat' || motif === 'zigzag') {
    // bands of stripes with diamonds, the rhythm of a warp-ikat cloth
    for (let band = 0; band < 6; band++) {
      const y = band * 160 + 20;
      out.push(`<rect x="0" y="${y}" width="${W}" height="18" fill="${accent}" opacity="0.45"/>`);
      for (let k = 0; k < 10; k++) {
        const cx = k * 130 + (band % 2) * 65 + 30;
        const cy = y + 80;
        out.push(`<polygon points="${cx},${cy - 40} ${cx + 36},${cy} ${cx},${cy + 40} ${cx - 36},${cy}" fill="none" stroke="${accent}" stroke-width="7" opacity="0.4"/>`);
      }
    }
  }
  if (motif === 'waves') {
    for (let row = 0; row < 9; row++) {
      const y = row * 105 + 40;
      const d = Array.from({ length: 13 }, (_, k) => `Q${k * 100 + 50} ${y + (k % 2 ? 30 : -30)} ${(k + 1) * 100} ${y}`).join(' ');
      out.push(`<path d="M0 ${y} ${d}" stroke="${accent}" stroke-width="8" fill="none" opacity="0.35"/>`);
    }
  }
  return out.join('');
}

export interface DemoImageInput {
  categoryId: string;
  name: string;
  /** region and producer, shown small under the name */
  caption: string;
  /** 0: name centred on the motif; 1: a banner layout */
  variant: 0 | 1;
}

export function demoImageSvg(input: DemoImageInput): string {
  const p = PALETTES[input.categoryId] ?? FALLBACK;
  const W = DEMO_IMAGE_WIDTH;
  const H = DEMO_IMAGE_HEIGHT;
  // the text stays inside the central square so the 320×320 thumbnail (a centred crop) still shows it
  const lines = wrapWords(input.name, 17, 4);
  const size = 80;
  const blockH = lines.length * size * 1.15;
  const top = input.variant === 0 ? (H - blockH) / 2 : H - blockH - 150;
  const text = lines
    .map((l, i) => `<text x="${W / 2}" y="${top + (i + 0.85) * size * 1.15}" text-anchor="middle">${escapeXml(l)}</text>`)
    .join('');
  const panel =
    input.variant === 0
      ? `<rect x="${(W - H) / 2}" y="${top - 50}" width="${H}" height="${blockH + 150}" rx="28" fill="#000" opacity="0.35"/>`
      : `<rect x="0" y="${top - 60}" width="${W}" height="${H - top + 60}" fill="${p.accent}" opacity="0.9"/>`;
  const ink = input.variant === 0 ? '#ffffff' : p.bg;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${p.bg}"/>
${motifShapes(p.motif, p.accent, input.variant + input.name.length)}
${panel}
<g font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="${ink}">${text}</g>
<text x="${W / 2}" y="${top + blockH + 60}" text-anchor="middle" font-family="DejaVu Sans" font-size="38" fill="${ink}" opacity="0.9">${escapeXml(input.caption)}</text>
<text x="${W / 2}" y="56" text-anchor="middle" font-family="DejaVu Sans" font-size="28" fill="#ffffff" opacity="0.75">Etalase NTT · demo</text>
</svg>`;
}

/** A PNG of the demo picture, ready for the media store. */
/**
 * Rendering text from SVG is the slow part of the demo seed, and the pictures never change for the same
 * input: they are kept in the system temp folder by the hash of their SVG, so a second seed (another test
 * file, a new data folder) reuses them.
 */
export async function renderDemoImage(input: DemoImageInput): Promise<Buffer> {
  const svg = demoImageSvg(input);
  const file = path.join(os.tmpdir(), 'etalase-demo-images', `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}`, png);
  await rename(`${file}.${process.pid}`, file);
  return png;
}
