// The shapes the display network shows to the API and the chat: a point, a shelf's inventory per product,
// and who may do what at a point (admins everywhere; curators at points of their regencies; a point
// outside NTT is the admins'; staff record sales at their own point).
import type { DisplayRepository, PointRow } from '../repositories/display.repository.ts';
import { witaDay } from '../lib/time.ts';
import { canActInRegion, isAdmin, type AnyActor } from './actor.ts';

export interface PointView {
  code: string;
  kind: PointRow['kind'];
  name: string;
  city: string;
  regionCode: string | null;
  regionName: string | null;
  address: string | null;
  contact: string | null;
  managerId: string | null;
  active: boolean;
}

export function toPointView(p: PointRow): PointView {
  return {
    code: p.code,
    kind: p.kind,
    name: p.name,
    city: p.city,
    regionCode: p.regionCode,
    regionName: p.region?.name ?? null,
    address: p.address,
    contact: p.contact,
    managerId: p.managerId,
    active: p.active,
  };
}

export interface InventoryItem {
  productCode: string;
  name: string;
  nameEn: string | null;
  unit: string;
  priceIdr: number;
  consigned: number;
  onHand: number;
  sold: number;
  returned: number;
  /** the last day on display of the latest placement (YYYY-MM-DD, WITA), null when open-ended */
  endsOn: string | null;
}

type PlacementWithProduct = Awaited<ReturnType<DisplayRepository['placementsOf']>>[number];

/** Placements of a point summed per product, in the order they were first placed. */
export function inventoryOf(placements: PlacementWithProduct[]): InventoryItem[] {
  const byProduct = new Map<string, InventoryItem>();
  for (const p of placements) {
    let item = byProduct.get(p.productId);
    if (!item) {
      item = { productCode: p.product.code, name: p.product.nameId, nameEn: p.product.nameEn, unit: p.product.unit, priceIdr: p.product.priceIdr, consigned: 0, onHand: 0, sold: 0, returned: 0, endsOn: null };
      byProduct.set(p.productId, item);
    }
    item.consigned += p.quantityConsigned;
    item.onHand += p.onHand;
    item.sold += p.sold;
    item.returned += p.returned;
    item.endsOn = p.endsOn ? witaDay(p.endsOn) : null;
  }
  return [...byProduct.values()];
}

/** Curators manage the points of their regencies; a point outside NTT (no regency) is for admins only. */
export function canManagePoint(actor: AnyActor, point: Pick<PointRow, 'regionCode'>): boolean {
  if (isAdmin(actor)) return true;
  return point.regionCode !== null && canActInRegion(actor, point.regionCode);
}
