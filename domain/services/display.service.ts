// The offline display network: admins keep the points (airports, ports, hotels, exhibition spaces, also
// outside NTT); officials place products there on consignment and read each point's monthly report; staff
// of a point record sales and returns there, and the producer hears of every placement and movement in the
// same transaction. Labels with QR codes bring the visitors back to the product, attributed to the point.
import { DomainError, forbidden, invalid, notFound, unprocessable } from '../lib/errors.ts';
import { formatIdr, type Lang } from '../lib/i18n.ts';
import { isMonth, witaDay, witaMonth } from '../lib/time.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { ProductQueryRepository } from '../repositories/product-query.repository.ts';
import type { DisplayRepository, PointRow } from '../repositories/display.repository.ts';
import { normalizePhone } from './account.service.ts';
import { actorId, type Actor, type AnyActor } from './actor.ts';
import { movementSchema, parseWith, placeSchema, placementDays, staffSchema, startOfWitaDay, type MovementInput, type PlaceInput, type StaffInput } from './display-input.ts';
import { buildPointReport, pointReportCsv, type PointReport } from './display-report.ts';
import { canManagePoint, inventoryOf, toPointView, type InventoryItem, type PointView } from './display-view.ts';
import { createDisplayLabels, type LabelSettings } from './display-labels.ts';
import { createDisplayPoints } from './display-points.ts';

export interface DisplayDeps {
  display: DisplayRepository;
  catalog: CatalogRepository;
  productQuery: ProductQueryRepository;
  settings: LabelSettings;
  now: () => Date;
}

export interface MovementResult {
  point: PointView;
  productCode: string;
  name: string;
  kind: 'sale' | 'return';
  quantity: number;
  onHand: number;
}

const userOf = (actor: AnyActor): string | null => actorId(actor);

export function createDisplayService(deps: DisplayDeps) {
  const repo = deps.display;

  async function pointOf(code: string): Promise<PointRow> {
    const point = await repo.findPoint(String(code).trim().toUpperCase());
    if (!point) throw notFound('display point', 'display:errors.unknownPoint', { code: String(code).slice(0, 32) });
    return point;
  }

  function requireManage(actor: AnyActor, point: PointRow): void {
    if (!canManagePoint(actor, point)) throw forbidden(`not an official of point ${point.code}`, 'display:errors.notYourPoint', { point: point.name });
  }

  /** managers, the point's managing official and its staff may look at a point's shelf */
  async function requireView(actor: AnyActor, point: PointRow): Promise<void> {
    const uid = userOf(actor);
    if (canManagePoint(actor, point) || (uid && (point.managerId === uid || (await repo.isStaff(point.id, uid))))) return;
    throw forbidden(`no access to point ${point.code}`, 'display:errors.notYourPoint', { point: point.name });
  }

  async function requireRecorder(actor: Actor, point: PointRow): Promise<void> {
    if (canManagePoint(actor, point) || (await repo.isStaff(point.id, actor.userId))) return;
    throw forbidden(`not staff of ${point.code}`, 'display:errors.notStaffHere', { point: point.name });
  }

  async function publishedProduct(code: string) {
    const product = await repo.findProduct(code);
    if (!product) throw notFound('product', 'display:errors.unknownProduct', { code });
    if (product.status !== 'APPROVED' || product.paused) throw unprocessable('product is not published', 'display:errors.notPublished', { code, name: product.nameId });
    return product;
  }

  /** the point a staff member means when they leave it out: their only point, or the only one holding the product */
  async function pointForMovement(actor: Actor, productCode: string): Promise<PointRow> {
    const points = await repo.staffPointsOf(actor.userId);
    if (points.length === 1) return points[0]!;
    if (points.length === 0) throw forbidden('not staff of any point', 'display:errors.notStaff');
    const product = await repo.findProduct(productCode);
    const holding = [];
    for (const p of points) if (product && (await repo.sellablePlacements(p.id, product.id, deps.now())).length) holding.push(p);
    if (holding.length === 1) return holding[0]!;
    throw invalid('which point?', 'display:errors.whichPoint', { points: points.map((p) => p.code).join(', ') });
  }

  /** a point's month: officials of the point and its managing official */
  async function report(actor: AnyActor, code: string, month = witaMonth(deps.now())): Promise<PointReport> {
    const point = await pointOf(code);
    const uid = userOf(actor);
    if (!(uid && point.managerId === uid)) requireManage(actor, point);
    if (!isMonth(month)) throw invalid('month must be YYYY-MM', 'display:errors.badMonth');
    return buildPointReport(repo, point, month, deps.now());
  }

  return {
    ...createDisplayLabels({ ...deps, pointOf, requireView }),
    ...createDisplayPoints({ ...deps, pointOf, requireView }),

    /** does this user record sales somewhere (the chat shows them "Record sale") */
    isStaff: async (actor: Actor) => actor.displayStaff ?? repo.hasStaffRole(actor.userId),
    staffPoints: async (actor: Actor): Promise<PointView[]> => (await repo.staffPointsOf(actor.userId)).map(toPointView),

    async addStaff(actor: AnyActor, code: string, input: StaffInput): Promise<{ point: PointView; userId: string; displayName: string; added: boolean }> {
      const point = await pointOf(code);
      requireManage(actor, point);
      const d = parseWith(staffSchema, input, 'display:errors.unknownUser');
      let user: { id: string; displayName: string } | null;
      if ('userId' in d) user = await repo.findUser(d.userId);
      else {
        const phone = normalizePhone(d.phone);
        user = phone ? await repo.findUserByPhone(phone) : null;
      }
      if (!user) throw notFound('user', 'display:errors.unknownUser');
      const note = { recipientId: user.id, template: 'display:notify.staffAdded', params: { point: point.name, pointCode: point.code } };
      const { added } = await repo.addStaff(point.id, user.id, [note]);
      return { point: toPointView(point), userId: user.id, displayName: user.displayName, added };
    },

    /** Places units of a published product at a point; a running placement of it is topped up. */
    async place(actor: AnyActor, code: string, input: PlaceInput) {
      const point = await pointOf(code);
      requireManage(actor, point);
      if (!point.active) throw unprocessable('point inactive', 'display:errors.pointInactive', { point: point.name });
      const d = parseWith(placeSchema, input, 'display:errors.badPlacement');
      const product = await publishedProduct(d.productCode);
      const now = deps.now();
      const days = placementDays(d, now);
      const open = await repo.openPlacement(point.id, product.id, startOfWitaDay(now));
      if (open && days.endsOn && days.endsOn < open.startsOn) {
        throw invalid('the placement ends before it starts', 'display:errors.endsBeforeStart', { start: witaDay(open.startsOn), end: witaDay(days.endsOn) });
      }
      const endsOn = days.endsOn ?? open?.endsOn ?? null;
      const note = {
        recipientId: product.producer.userId,
        template: 'display:notify.placed',
        params: { product: product.nameId, code: product.code, point: point.name, pointCode: point.code, quantity: d.quantity, until: endsOn ? witaDay(endsOn) : 't:display:notify.openEnded' },
      };
      const row = await repo.place({ pointId: point.id, productId: product.id, quantity: d.quantity, startsOn: days.startsOn, endsOn, placedById: userOf(actor) ?? 'system', topUpId: open?.id ?? null }, [note]);
      return {
        point: toPointView(point),
        productCode: product.code,
        name: product.nameId,
        quantityConsigned: row.quantityConsigned,
        onHand: row.onHand,
        startsOn: witaDay(row.startsOn),
        endsOn: row.endsOn ? witaDay(row.endsOn) : null,
        toppedUp: Boolean(open),
      };
    },

    /**
     * May this user record sales at the point? Its staff (who may be buyers too: a membership, not a role) and
     * its officials. The API asks before reading a sale's body, so a stranger learns nothing of its shape.
     */
    async requireRecorderAt(actor: Actor, code: string): Promise<void> {
      await requireRecorder(actor, await pointOf(code));
    },

    /** A sale or a return (unsold units back to the producer) at a point; never more than the shelf holds. */
    async recordMovement(actor: Actor, input: MovementInput): Promise<MovementResult> {
      const d = parseWith(movementSchema, input, 'display:errors.badMovement');
      const point = d.pointCode ? await pointOf(d.pointCode) : await pointForMovement(actor, d.productCode);
      await requireRecorder(actor, point);
      const product = await repo.findProduct(d.productCode);
      if (!product) throw notFound('product', 'display:errors.unknownProduct', { code: d.productCode });
      const placements = await repo.sellablePlacements(point.id, product.id, deps.now());
      if (placements.length === 0) throw unprocessable('not placed here', 'display:errors.notPlaced', { code: product.code, name: product.nameId, point: point.name });
      const template = d.kind === 'sale' ? 'display:notify.sold' : 'display:notify.returned';
      const done = await repo.recordMovement(
        { placementIds: placements.map((p) => p.id), kind: d.kind, quantity: d.quantity, unitPriceIdr: product.priceIdr, recordedById: actor.userId },
        (onHand) => [{ recipientId: product.producer.userId, template, params: { product: product.nameId, code: product.code, quantity: d.quantity, point: point.name, onHand, amount: formatIdr(d.quantity * product.priceIdr) } }],
      );
      if (!done) {
        const onHand = placements.reduce((acc, p) => acc + p.onHand, 0);
        throw new DomainError('conflict', 'more than the shelf holds', 'display:errors.notEnough', { name: product.nameId, code: product.code, onHand, quantity: d.quantity, point: point.name });
      }
      return { point: toPointView(point), productCode: product.code, name: product.nameId, kind: d.kind, quantity: d.quantity, onHand: done.onHand };
    },

    async inventory(actor: AnyActor, code: string): Promise<{ point: PointView; items: InventoryItem[] }> {
      const point = await pointOf(code);
      await requireView(actor, point);
      return { point: toPointView(point), items: inventoryOf(await repo.placementsOf(point.id)) };
    },

    currentMonth: () => witaMonth(deps.now()),

    report,

    async reportCsv(actor: AnyActor, code: string, month: string | undefined, lang: Lang): Promise<{ month: string; pointCode: string; body: string }> {
      const r = await report(actor, code, month);
      return { month: r.month, pointCode: r.point.code, body: pointReportCsv(r, lang) };
    },
  };
}

export type DisplayService = ReturnType<typeof createDisplayService>;
