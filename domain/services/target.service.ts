// The programme's measure: flagship designations per regency and WITA month against the target (the
// default from settings unless an admin set one for that regency and month), with the pipeline behind it.
import { z } from 'zod';
import { invalid, notFound } from '../lib/errors.ts';
import { isMonth, witaMonth } from '../lib/time.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { TargetRepository } from '../repositories/target.repository.ts';
import { actorId, isAdmin, requireAdmin, requireOfficial, requireRegion, type AnyActor } from './actor.ts';

export interface TargetDeps {
  targets: TargetRepository;
  catalog: CatalogRepository;
  defaultTarget: () => number;
  now: () => Date;
}

export interface TargetRow {
  regionCode: string;
  regionName: string;
  month: string;
  target: number;
  designated: number;
  /** designations still missing (0 once met) */
  gap: number;
  met: boolean;
  pipeline: { submitted: number; inReview: number; approvedNotDesignated: number };
}

const targetInput = z.object({ target: z.number().int().min(0).max(50) });

/** largest gap first, then the regency code: the admins' reading order */
export const byGap = (a: TargetRow, b: TargetRow) => b.gap - a.gap || a.regionCode.localeCompare(b.regionCode);

export function createTargetService(deps: TargetDeps) {
  const checkMonth = (month: string) => {
    if (!isMonth(month)) throw invalid('month must be YYYY-MM', 'official:errors.badMonth');
    return month;
  };

  /** every regency's progress in a month (no authorization: for jobs and the report) */
  async function all(month: string): Promise<TargetRow[]> {
    const [regions, targets, designations, pipeline] = await Promise.all([deps.catalog.listRegions(), deps.targets.targetsOf(month), deps.targets.designations(month), deps.targets.pipeline()]);
    const count = (regionCode: string, status: string) => pipeline.find((p) => p.regionCode === regionCode && p.status === status)?.count ?? 0;
    return regions
      .map((r) => {
        const target = targets.find((t) => t.regionCode === r.code)?.target ?? deps.defaultTarget();
        const designated = designations.find((d) => d.regionCode === r.code)?.count ?? 0;
        return {
          regionCode: r.code,
          regionName: r.name,
          month,
          target,
          designated,
          gap: Math.max(0, target - designated),
          met: designated >= target,
          pipeline: { submitted: count(r.code, 'SUBMITTED'), inReview: count(r.code, 'IN_REVIEW'), approvedNotDesignated: count(r.code, 'APPROVED') },
        };
      })
      .sort(byGap);
  }

  return {
    all,
    currentMonth: () => witaMonth(deps.now()),

    /** the actor's regencies (admins: all 22), largest gap first */
    async progress(actor: AnyActor, month = witaMonth(deps.now())): Promise<TargetRow[]> {
      requireOfficial(actor);
      const rows = await all(checkMonth(month));
      return actor.kind === 'user' && !isAdmin(actor) ? rows.filter((r) => actor.regionCodes.includes(r.regionCode)) : rows;
    },

    /** Admins adjust the target of one regency for one month. */
    async setTarget(actor: AnyActor, regionCode: string, month: string, input: { target: number }) {
      requireAdmin(actor);
      checkMonth(month);
      const parsed = targetInput.safeParse(input);
      if (!parsed.success) throw invalid('target must be a whole number 0..50', 'official:errors.badTarget');
      if (!(await deps.catalog.findRegion(regionCode))) throw notFound('region', 'official:errors.unknownRegion', { region: regionCode });
      const row = await deps.targets.setTarget(regionCode, month, parsed.data.target, actorId(actor));
      return { regionCode: row.regionCode, month: row.month, target: row.target };
    },

    /** approved products of a regency that could still be designated this month */
    async candidates(actor: AnyActor, regionCode: string, month = witaMonth(deps.now())) {
      requireRegion(actor, regionCode);
      return deps.targets.candidates(regionCode, checkMonth(month));
    },
  };
}

export type TargetService = ReturnType<typeof createTargetService>;
