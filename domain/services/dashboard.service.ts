// What the officials' dashboard reads beyond the existing officials' services: the month's target table of
// all 22 regencies for any official (a curator sees the province too, with their own regencies marked; the
// chat's progress view stays limited to their regencies), sorted by regency code for reading as a table.
import { invalid } from '../lib/errors.ts';
import { isMonth } from '../lib/time.ts';
import { requireOfficial, isAdmin, type AnyActor } from './actor.ts';
import type { TargetRow, TargetService } from './target.service.ts';

export interface DashboardDeps {
  targets: Pick<TargetService, 'all' | 'currentMonth'>;
}

export interface TargetTableRow extends TargetRow {
  /** one of the curator's regencies (every row for an admin) */
  mine: boolean;
}

export interface TargetTable {
  month: string;
  rows: TargetTableRow[];
  totals: { target: number; designated: number; gap: number; met: number };
}

export function createDashboardService(deps: DashboardDeps) {
  return {
    currentMonth: () => deps.targets.currentMonth(),

    async targetTable(actor: AnyActor, month: string = deps.targets.currentMonth()): Promise<TargetTable> {
      requireOfficial(actor);
      if (!isMonth(month)) throw invalid('month must be YYYY-MM', 'official:errors.badMonth');
      const mine = (code: string) => isAdmin(actor) || (actor.kind === 'user' && actor.regionCodes.includes(code));
      const rows = (await deps.targets.all(month)).map((r) => ({ ...r, mine: mine(r.regionCode) })).sort((a, b) => a.regionCode.localeCompare(b.regionCode));
      const sum = (pick: (r: TargetRow) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
      return { month, rows, totals: { target: sum((r) => r.target), designated: sum((r) => r.designated), gap: sum((r) => r.gap), met: rows.filter((r) => r.met).length } };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;

