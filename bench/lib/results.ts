// Writes bench/results/latest.json (committed: the figures BENCHMARKS.md quotes) or, for --quick and --only
// runs, bench/results/<name>.json (ignored by git, so a smoke run never overwrites the real figures).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenarioResult } from './figures.ts';
import type { MachineInfo } from './machine.ts';

export interface BenchResults {
  date: string;
  command: string;
  quick: boolean;
  seconds: number;
  machine: MachineInfo;
  scenarios: ScenarioResult[];
}

export const resultsDir = path.join(process.cwd(), 'bench', 'results');

export async function writeResults(results: BenchResults, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
