// What every scenario receives: the run's options, the shared templates and a progress log (stderr, so the
// table on stdout stays clean).
import type { Fixtures } from './fixtures.ts';
import type { MachineInfo } from './machine.ts';

export interface BenchOptions {
  /** a fast smoke run: fewer buyers, smaller catalogues, one run per figure */
  quick: boolean;
  /** how many times each measured run is repeated (the figure is the median) */
  repeats: number;
  /** simulated buyers in the chat and memory scenarios */
  buyers: number;
  /** PostgreSQL server for the second chat measurement (DATABASE_URL) */
  databaseUrl?: string;
}

export interface BenchContext {
  options: BenchOptions;
  fixtures: Fixtures;
  machine: MachineInfo;
  log(line: string): void;
}
