// The statistics every scenario shares: percentiles of one run's latencies, and the median of a figure over
// repeated runs (one slow run from a noisy neighbour does not move the reported value).

/** Linear interpolation between closest ranks (the R-7 / NumPy default); `sorted` must be ascending. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export function percentile(values: readonly number[], p: number): number {
  return percentileOfSorted([...values].sort((a, b) => a - b), p);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface LatencySummary {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, min: Number.NaN, mean: Number.NaN, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN };
  return {
    n,
    min: sorted[0]!,
    mean: sorted.reduce((a, b) => a + b, 0) / n,
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[n - 1]!,
  };
}

/** Per key, the median over runs of that key's value; keys missing from a run are left out for that run. */
export function medianByKey(runs: readonly Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v)))]));
}

/** How many times larger `to` is than `from` (1 = flat); NaN when `from` is not positive. */
export function growth(from: number, to: number): number {
  return from > 0 ? to / from : Number.NaN;
}

/** Runs `task` `times` times one after the other (never concurrently: runs must not disturb each other). */
export async function repeat<T>(times: number, task: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await task(run));
  return results;
}

/**
 * Like repeat(), but within a time allowance: always one run, then another only while the longest run so
 * far still fits in what is left of `seconds` (a slow machine gets fewer runs, never a longer benchmark).
 */
export async function repeatWithin<T>(times: number, seconds: number, task: (run: number) => Promise<T>, clock: () => number = () => performance.now()): Promise<T[]> {
  const started = clock();
  let longest = 0;
  const results: T[] = [];
  for (let run = 0; run < times; run++) {
    const elapsed = (clock() - started) / 1000;
    if (run > 0 && elapsed + longest > seconds) break;
    const t0 = clock();
    results.push(await task(run));
    longest = Math.max(longest, (clock() - t0) / 1000);
  }
  return results;
}

/** Rounds for display and for the results file: 3 significant digits below 100, integers above. */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

/** the most events within any one-second window (sends of a rate-limited bot: Telegram 30, WhatsApp Cloud 80) */
export function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
