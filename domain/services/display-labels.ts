// Shelf labels for the products placed at a point: the data (links with the point's code), the printable
// PDF sheet and single PNG labels. Only products still on the shelf (units on hand or a running placement)
// and still published get a label: a QR code must never lead to a product nobody can order.
import type { Lang } from '../lib/i18n.ts';
import { translator, formatDate } from '../lib/i18n.ts';
import { notFound } from '../lib/errors.ts';
import { buildLabel, type LabelData } from '../labels/label-data.ts';
import { renderLabelSheet } from '../labels/label-pdf.ts';
import { renderLabelPng } from '../labels/label-png.ts';
import type { DisplayRepository, PointRow } from '../repositories/display.repository.ts';
import type { ProductQueryRepository } from '../repositories/product-query.repository.ts';
import type { AnyActor } from './actor.ts';
import { startOfWitaDay } from './display-input.ts';
import { toProductView } from './product-view.ts';

export interface LabelSettings {
  telegramBotUsername?: string;
  whatsappNumber?: string;
  publicUrl: string;
}

interface LabelDeps {
  display: DisplayRepository;
  productQuery: ProductQueryRepository;
  settings: LabelSettings;
  now: () => Date;
  pointOf(code: string): Promise<PointRow>;
  requireView(actor: AnyActor, point: PointRow): Promise<void>;
}

export function createDisplayLabels(deps: LabelDeps) {
  async function labelsOf(point: PointRow, lang: Lang): Promise<LabelData[]> {
    const today = startOfWitaDay(deps.now());
    const placements = await deps.display.placementsOf(point.id);
    const ids = [
      ...new Set(
        placements
          .filter((p) => p.product.status === 'APPROVED' && !p.product.paused && (p.onHand > 0 || !p.endsOn || p.endsOn >= today))
          .map((p) => p.productId),
      ),
    ];
    const cards = await deps.productQuery.findCardsByIds(ids);
    return cards.map((c) => buildLabel(toProductView(c), point, deps.settings, lang));
  }

  return {
    /** the labels' contents, links included (what the QR codes encode) */
    async labels(actor: AnyActor, code: string, lang: Lang = 'id'): Promise<LabelData[]> {
      const point = await deps.pointOf(code);
      await deps.requireView(actor, point);
      return labelsOf(point, lang);
    },

    /** the printable A4 sheet of every placed product's label */
    async labelSheet(actor: AnyActor, code: string, options: { lang?: Lang; copies?: number } = {}): Promise<{ pointCode: string; body: Buffer }> {
      const point = await deps.pointOf(code);
      await deps.requireView(actor, point);
      const lang = options.lang ?? 'id';
      const t = translator(lang);
      const body = await renderLabelSheet(await labelsOf(point, lang), {
        title: t('display:label.sheetTitle', { point: point.name, code: point.code, date: formatDate(deps.now(), lang) }),
        linkNames: { telegram: t('display:label.links.telegram'), whatsapp: t('display:label.links.whatsapp'), storefront: t('display:label.links.storefront') },
        copies: options.copies,
      });
      return { pointCode: point.code, body };
    },

    /** every placed product's label as a PNG (at most `limit`), for sending in chat */
    async labelImages(actor: AnyActor, code: string, lang: Lang = 'id', limit = 10): Promise<{ label: LabelData; png: Buffer }[]> {
      const point = await deps.pointOf(code);
      await deps.requireView(actor, point);
      const labels = (await labelsOf(point, lang)).slice(0, limit);
      return Promise.all(labels.map(async (label) => ({ label, png: await renderLabelPng(label) })));
    },

    /** one product's label as a PNG */
    async labelPng(actor: AnyActor, code: string, productCode: string, lang: Lang = 'id'): Promise<Buffer> {
      const point = await deps.pointOf(code);
      await deps.requireView(actor, point);
      const label = (await labelsOf(point, lang)).find((l) => l.code === productCode.trim().toUpperCase());
      if (!label) throw notFound('label', 'display:errors.notPlaced', { code: productCode.slice(0, 20), name: productCode.slice(0, 20), point: point.name });
      return renderLabelPng(label);
    },
  };
}
