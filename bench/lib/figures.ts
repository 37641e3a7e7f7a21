// What a scenario hands back: figures (each the median of repeated runs, with every run kept) and the
// workload it measured, in words, so a number never travels without what produced it.
import { median, roundFigure } from './stats.ts';

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface Figure {
  /** stable id in the results file, e.g. "chat.pglite.eventsPerSecond" */
  key: string;
  label: string;
  unit: string;
  /** median of `runs` */
  value: number;
  runs: number[];
  target?: Target;
}

export interface ScenarioResult {
  id: string;
  title: string;
  workload: string;
  repeats: number;
  figures: Figure[];
  notes: string[];
  seconds: number;
}

export function figure(key: string, label: string, unit: string, runs: readonly number[], target?: Target): Figure {
  const kept = runs.map(roundFigure);
  return { key, label, unit, value: roundFigure(median(runs)), runs: kept, ...(target ? { target } : {}) };
}

/** true/false against the figure's target; undefined when it has none or was not measured. */
export function targetMet(f: Figure): boolean | undefined {
  if (!f.target) return undefined;
  if (!Number.isFinite(f.value)) return false; // nothing measured (a process died, no samples) meets nothing
  return f.target.op === '>=' ? f.value >= f.target.value : f.value <= f.target.value;
}
