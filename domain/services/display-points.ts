// Display points themselves: officials list them (a curator manages those of their regencies), admins add
// hotels, exhibition spaces and points outside NTT and change them. Every change is audited.
import { conflict, invalid } from '../lib/errors.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { DisplayRepository, PointRow } from '../repositories/display.repository.ts';
import { actorId, requireAdmin, requireOfficial, type AnyActor } from './actor.ts';
import { parseWith, pointCreateSchema, pointUpdateSchema, type PointCreateInput, type PointUpdateInput } from './display-input.ts';
import { canManagePoint, toPointView, type PointView } from './display-view.ts';

interface PointDeps {
  display: DisplayRepository;
  catalog: CatalogRepository;
  pointOf(code: string): Promise<PointRow>;
  requireView(actor: AnyActor, point: PointRow): Promise<void>;
}

const userOf = (actor: AnyActor): string | null => actorId(actor);

export function createDisplayPoints(deps: PointDeps) {
  const { pointOf, requireView } = deps;

  async function checkRegionAndManager(input: { regionCode?: string | null; managerId?: string | null }): Promise<void> {
    if (input.regionCode && !(await deps.catalog.findRegion(input.regionCode))) throw invalid('unknown region', 'display:errors.unknownRegion', { region: input.regionCode });
    if (input.managerId && !(await deps.display.findUser(input.managerId))) throw invalid('unknown manager', 'display:errors.unknownUser');
  }

  return {
    /** Officials see every point (a curator may place only at those of their regencies: `manageable`). */
    async listPoints(actor: AnyActor, filter: { manageable?: boolean; includeInactive?: boolean } = {}): Promise<(PointView & { manageable: boolean })[]> {
      requireOfficial(actor);
      const rows = await deps.display.listPoints({ activeOnly: !filter.includeInactive });
      return rows.map((p) => ({ ...toPointView(p), manageable: canManagePoint(actor, p) })).filter((p) => !filter.manageable || p.manageable);
    },

    async getPoint(actor: AnyActor, code: string): Promise<PointView> {
      const point = await pointOf(code);
      await requireView(actor, point);
      return toPointView(point);
    },

    async createPoint(actor: AnyActor, input: PointCreateInput): Promise<PointView> {
      requireAdmin(actor);
      const d = parseWith(pointCreateSchema, input, 'display:errors.badPoint');
      await checkRegionAndManager(d);
      if (await deps.display.findPoint(d.code)) throw conflict('point code taken', 'display:errors.pointExists', { code: d.code });
      return toPointView(await deps.display.createPoint({ ...d, regionCode: d.regionCode ?? null }, userOf(actor)));
    },

    async updatePoint(actor: AnyActor, code: string, input: PointUpdateInput): Promise<PointView> {
      requireAdmin(actor);
      const point = await pointOf(code);
      const d = parseWith(pointUpdateSchema, input, 'display:errors.badPoint');
      await checkRegionAndManager(d);
      return toPointView(await deps.display.updatePoint(point.id, d, userOf(actor)));
    },
  };
}
