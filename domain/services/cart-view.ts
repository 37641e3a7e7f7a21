// The cart as buyers and checkout see it: lines with today's price and stock, grouped per producer (one order
// per producer at checkout), with a warning on every line that can no longer be ordered as it stands.
import type { CartLineRow } from '../repositories/cart.repository.ts';

/** unavailable: unpublished, paused or sold out; aboveStock: fewer left than the line asks for */
export type CartWarningKind = 'unavailable' | 'aboveStock';

export interface CartLineView {
  /** the CartItem id (what setQuantity / remove take) */
  id: string;
  productId: string;
  code: string;
  slug: string;
  name: { id: string; en: string | null };
  unit: string;
  priceIdr: number;
  weightGrams: number;
  quantity: number;
  stock: number;
  lineTotalIdr: number;
  /** false while the line carries a warning: checkout must not order it as it stands */
  orderable: boolean;
  warning: CartWarningKind | null;
}

export interface CartProducerGroup {
  producer: { id: string; businessName: string; regionCode: string; regionShortName: string; island: string };
  lines: CartLineView[];
  /** sum of the group's orderable lines */
  subtotalIdr: number;
}

export interface CartWarning {
  lineId: string;
  productId: string;
  code: string;
  name: { id: string; en: string | null };
  kind: CartWarningKind;
  stock: number;
  quantity: number;
}

export interface CartView {
  groups: CartProducerGroup[];
  /** every line, in the order added */
  lines: CartLineView[];
  /** sum of the orderable lines of all producers */
  totalIdr: number;
  /** number of units across orderable lines */
  itemCount: number;
  warnings: CartWarning[];
  /** at least one line can be ordered */
  canCheckout: boolean;
}

function warningOf(row: CartLineRow): CartWarningKind | null {
  const p = row.product;
  if (p.status !== 'APPROVED' || p.paused || p.stock <= 0) return 'unavailable';
  if (row.quantity > p.stock) return 'aboveStock';
  return null;
}

export function toCartView(rows: CartLineRow[]): CartView {
  const groups = new Map<string, CartProducerGroup>();
  const lines: CartLineView[] = [];
  const warnings: CartWarning[] = [];
  for (const row of rows) {
    const p = row.product;
    const warning = warningOf(row);
    const line: CartLineView = {
      id: row.id,
      productId: p.id,
      code: p.code,
      slug: p.slug,
      name: { id: p.nameId, en: p.nameEn },
      unit: p.unit,
      priceIdr: p.priceIdr,
      weightGrams: p.weightGrams,
      quantity: row.quantity,
      stock: p.stock,
      lineTotalIdr: p.priceIdr * row.quantity,
      orderable: warning === null,
      warning,
    };
    lines.push(line);
    if (warning) warnings.push({ lineId: row.id, productId: p.id, code: p.code, name: line.name, kind: warning, stock: p.stock, quantity: row.quantity });
    const pr = p.producer;
    let group = groups.get(pr.id);
    if (!group) {
      group = { producer: { id: pr.id, businessName: pr.businessName, regionCode: pr.region.code, regionShortName: pr.region.shortName, island: pr.region.island }, lines: [], subtotalIdr: 0 };
      groups.set(pr.id, group);
    }
    group.lines.push(line);
    if (line.orderable) group.subtotalIdr += line.lineTotalIdr;
  }
  const orderable = lines.filter((l) => l.orderable);
  return {
    groups: [...groups.values()],
    lines,
    totalIdr: orderable.reduce((sum, l) => sum + l.lineTotalIdr, 0),
    itemCount: orderable.reduce((sum, l) => sum + l.quantity, 0),
    warnings,
    canCheckout: orderable.length > 0,
  };
}
