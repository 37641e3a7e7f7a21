// A printable A4 sheet of shelf labels (pdfkit, built-in Helvetica: no font files to ship): eight labels a
// page with a dashed cut line, each with the product's name, price, regency, permit badges, the point, a QR
// code (the same PNG as the single label, from label-qr.ts) and every link that exists, printed small.
import type PDFDocument from 'pdfkit';
import { pdfKit } from '../lib/on-demand.ts';
import type { LabelData } from './label-data.ts';
import { qrPng } from './label-qr.ts';

const PAGE = { width: 595.28, height: 841.89, margin: 24 };
const COLS = 2;
const ROWS = 4;
const GAP = 10;
const HEADER = 22;
const QR = 112;

export interface SheetOptions {
  /** printed on top of every page: the point and the date */
  title: string;
  /** names of the link lines: { telegram, whatsapp, storefront } */
  linkNames: { telegram: string; whatsapp: string; storefront: string };
  /** identical labels per product (one per unit on the shelf), 1 by default */
  copies?: number;
}

type Doc = InstanceType<typeof PDFDocument>;

function badges(doc: Doc, items: string[], x: number, y: number, width: number): number {
  let cx = x;
  let cy = y;
  doc.font('Helvetica-Bold').fontSize(7);
  for (const text of items) {
    const w = doc.widthOfString(text) + 8;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += 13;
    }
    doc.roundedRect(cx, cy, w, 11, 3).lineWidth(0.6).strokeColor('#1d6b3a').stroke();
    doc.fillColor('#1d6b3a').text(text, cx + 4, cy + 2.2, { lineBreak: false });
    cx += w + 4;
  }
  doc.fillColor('black').strokeColor('black');
  return items.length ? cy + 14 : y;
}

async function drawLabel(doc: Doc, label: LabelData, x: number, y: number, w: number, h: number, o: SheetOptions): Promise<void> {
  doc.save().roundedRect(x, y, w, h, 6).lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#888888').stroke().restore();
  doc.undash();
  const qx = x + w - QR - 8;
  doc.image(await qrPng(label.links.qr), qx, y + 8, { width: QR, height: QR });
  doc.font('Helvetica').fontSize(6.5).fillColor('#333333').text(label.scanHint, qx, y + QR + 10, { width: QR, align: 'center' });

  const tx = x + 10;
  const tw = qx - tx - 8;
  doc.fillColor('black').font('Helvetica-Bold').fontSize(11).text(label.name, tx, y + 10, { width: tw, height: 40, ellipsis: true });
  let cy = Math.min(doc.y, y + 50) + 2;
  if (label.altName) {
    doc.font('Helvetica-Oblique').fontSize(7.5).fillColor('#444444').text(label.altName, tx, cy, { width: tw, height: 18, ellipsis: true });
    cy = Math.min(doc.y, cy + 18) + 3;
  }
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#b3401e').text(label.price, tx, cy, { width: tw });
  cy = doc.y + 2;
  doc.font('Helvetica').fontSize(8).fillColor('black').text(label.region, tx, cy, { width: tw });
  cy = doc.y + 4;
  badges(doc, label.badges, tx, cy, tw);

  const links: [string, string | null][] = [
    [o.linkNames.telegram, label.links.telegram],
    [o.linkNames.whatsapp, label.links.whatsapp],
    [o.linkNames.storefront, label.links.storefront],
  ];
  const present = links.filter((l): l is [string, string] => Boolean(l[1]));
  let by = y + h - 12 - present.length * 7.5;
  doc.font('Helvetica-Bold').fontSize(7.5).fillColor('black').text(label.point, tx, by, { width: w - 20, height: 9, ellipsis: true });
  by += 11;
  doc.font('Helvetica').fontSize(5.5).fillColor('#333333');
  for (const [name, url] of present) {
    doc.text(`${name}: ${url}`, tx, by, { width: w - 20, height: 7, ellipsis: true });
    by += 7.5;
  }
  doc.fillColor('black');
}

export async function renderLabelSheet(labels: LabelData[], o: SheetOptions): Promise<Buffer> {
  const doc = new (pdfKit())({ size: 'A4', margin: PAGE.margin, autoFirstPage: false, info: { Title: o.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const copies = Math.max(1, Math.min(o.copies ?? 1, 50));
  const all = labels.flatMap((l) => Array.from({ length: copies }, () => l));
  const w = (PAGE.width - 2 * PAGE.margin - (COLS - 1) * GAP) / COLS;
  const h = (PAGE.height - 2 * PAGE.margin - HEADER - (ROWS - 1) * GAP) / ROWS;
  const perPage = COLS * ROWS;
  // an empty sheet still prints its title: the point has nothing placed yet
  for (let i = 0; i < Math.max(all.length, 1); i++) {
    if (i % perPage === 0) {
      doc.addPage();
      doc.font('Helvetica').fontSize(9).fillColor('#333333').text(o.title, PAGE.margin, PAGE.margin, { width: PAGE.width - 2 * PAGE.margin, height: 12, ellipsis: true });
    }
    const label = all[i];
    if (!label) break;
    const slot = i % perPage;
    const x = PAGE.margin + (slot % COLS) * (w + GAP);
    const y = PAGE.margin + HEADER + Math.floor(slot / COLS) * (h + GAP);
    await drawLabel(doc, label, x, y, w, h, o);
  }
  doc.end();
  return done;
}
