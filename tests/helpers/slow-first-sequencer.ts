// The order test files are handed to the workers. Vitest's own order runs the files that took longest in
// the last run first, but a clean clone (CI, a new developer) has no such record, and it then runs the
// biggest files first: the slow files here are small ones that start real processes (tests/ops, the console
// chat), a browser, or thousands of messages, so they came last and the run ended with one worker busy on
// them while the other core idled. These go first, longest first (figures from a recorded run, README
// "Tests"); everything else keeps vitest's order, so a developer's repeated runs still follow their record.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that take far longer than the rest, longest first: a path inside tests/, or a folder ending in '/'. */
export const SLOW_FILES = [
  'fuzz/',
  'server/ops/admin-cli.test.ts',
  'server/ops/server-process.test.ts',
  'server/ops/seed-discovery.test.ts',
  'server/ops/deploy-files.test.ts',
  'server/cli/console-cli.test.ts',
  'server/ops/start-races.test.ts',
  'browser/buyer-abroad.browser.test.ts',
  'domain/db/pglite-worker.test.ts',
  'server/ops/',
  'browser/',
  'api/foundation.routes.test.ts',
  'seed/demo.seed.test.ts',
];

function slowRank(spec: TestSpecification): number {
  const rel = path.relative(path.join(spec.project.config.root, 'tests'), spec.moduleId).split(path.sep).join('/');
  const rank = SLOW_FILES.findIndex((entry) => (entry.endsWith('/') ? rel.startsWith(entry) : rel === entry));
  return rank === -1 ? SLOW_FILES.length : rank;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // a stable sort: equal ranks (everything not listed) keep vitest's order
    return sorted.map((spec, index) => ({ spec, index, rank: slowRank(spec) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((e) => e.spec);
  }
}
