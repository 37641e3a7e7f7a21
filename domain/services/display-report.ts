// One display point's month (WITA): products shown, units sold and returned there, scans of its labels and
// the orders they brought; as data for the API and the chat, and as CSV for spreadsheets.
import { translator, type Lang } from '../lib/i18n.ts';
import type { DisplayRepository } from '../repositories/display.repository.ts';
import { witaMonthRange } from '../repositories/target.repository.ts';
import { toPointView, type PointView } from './display-view.ts';
import type { PointRow } from '../repositories/display.repository.ts';

export interface PointReportRow {
  productCode: string;
  name: string;
  consigned: number;
  onHand: number;
  sold: number;
  returned: number;
  revenueIdr: number;
  scans: number;
  orders: number;
  orderedUnits: number;
}

export interface PointReport {
  point: PointView;
  month: string;
  generatedAt: string;
  summary: { productsShown: number; unitsSold: number; unitsReturned: number; revenueIdr: number; scans: number; orders: number; orderValueIdr: number };
  rows: PointReportRow[];
}

export async function buildPointReport(repo: DisplayRepository, point: PointRow, month: string, now: Date): Promise<PointReport> {
  const range = witaMonthRange(month);
  const [shown, perProduct, totals] = await Promise.all([repo.shownIn(point.id, range), repo.perProduct(point.id, range), repo.monthTotals(point.id, range)]);
  const rows = new Map<string, PointReportRow>();
  const blank = (code: string, name: string): PointReportRow => ({ productCode: code, name, consigned: 0, onHand: 0, sold: 0, returned: 0, revenueIdr: 0, scans: 0, orders: 0, orderedUnits: 0 });
  for (const s of shown) {
    const row = rows.get(s.productId) ?? blank(s.product.code, s.product.nameId);
    row.consigned += s.quantityConsigned;
    row.onHand += s.onHand;
    rows.set(s.productId, row);
  }
  // a scan of an old label or an order can concern a product no longer on the shelf: it still counts
  const missing = perProduct.filter((p) => !rows.has(p.productId)).map((p) => p.productId);
  for (const p of await repo.productNames(missing)) rows.set(p.id, blank(p.code, p.nameId));
  for (const p of perProduct) {
    const row = rows.get(p.productId);
    if (!row) continue;
    Object.assign(row, { sold: p.sold, returned: p.returned, revenueIdr: p.revenueIdr, scans: p.scans, orders: p.orders, orderedUnits: p.orderedUnits });
  }
  const list = [...rows.values()].sort((a, b) => b.sold - a.sold || b.orders - a.orders || a.productCode.localeCompare(b.productCode));
  const sum = (k: 'sold' | 'returned' | 'revenueIdr') => list.reduce((acc, r) => acc + r[k], 0);
  return {
    point: toPointView(point),
    month,
    generatedAt: now.toISOString(),
    summary: { productsShown: shown.length ? new Set(shown.map((s) => s.productId)).size : 0, unitsSold: sum('sold'), unitsReturned: sum('returned'), revenueIdr: sum('revenueIdr'), scans: totals.scans, orders: totals.orders, orderValueIdr: totals.orderValueIdr },
    rows: list,
  };
}

const columns = ['productCode', 'name', 'consigned', 'onHand', 'sold', 'returned', 'revenueIdr', 'scans', 'orders', 'orderedUnits'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  // a leading =,+,-,@ is neutralised so spreadsheets do not run a product name as a formula
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line per product, then a total line (scans and orders in the total include those without a product). */
export function pointReportCsv(report: PointReport, lang: Lang = 'id'): string {
  const t = translator(lang);
  const header = columns.map((c) => csvCell(t(`display:report.columns.${c}`))).join(',');
  const lines = report.rows.map((r) => columns.map((c) => csvCell(r[c])).join(','));
  const s = report.summary;
  const total = [t('display:report.total'), '', '', '', s.unitsSold, s.unitsReturned, s.revenueIdr, s.scans, s.orders, ''].map(csvCell).join(',');
  return `${[header, ...lines, total].join('\n')}\n`;
}
