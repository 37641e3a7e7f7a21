// The benchmark's own arithmetic (bench/lib): percentiles, medians of repeated runs, growth, targets and the
// printed table. Pure functions only: the benchmark itself runs with `npm run bench`, never inside vitest.
import { describe, expect, it } from 'vitest';
import { figure, targetMet } from '../../bench/lib/figures.ts';
import { busiestSecond, growth, median, medianByKey, percentile, repeat, repeatWithin, roundFigure, summarize } from '../../bench/lib/stats.ts';
import { renderTable } from '../../bench/lib/table.ts';

describe('percentiles and medians', () => {
  it('interpolates between ranks like NumPy', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5.5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 90)).toBeCloseTo(9.1, 10);
    expect(percentile([7], 99)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([10, 1, 7, 3], 50)).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('summarises latencies: a slow tail shows in p99, not in p50', () => {
    const fast = Array.from({ length: 99 }, () => 10);
    const s = summarize([...fast, 1000]);
    expect(s.n).toBe(100);
    expect(s.p50).toBe(10);
    expect(s.p99).toBeCloseTo(19.9, 5);
    expect(s.max).toBe(1000);
    expect(s.mean).toBeCloseTo(19.9, 5);
  });

  it('takes the median per figure over repeated runs, so one disturbed run does not move it', () => {
    const runs = [{ eps: 310, p99: 80 }, { eps: 40, p99: 900 }, { eps: 305, p99: 85 }];
    expect(medianByKey(runs)).toEqual({ eps: 305, p99: 85 });
  });

  it('measures growth as a ratio and refuses a zero base', () => {
    expect(growth(10, 25)).toBe(2.5);
    expect(Number.isNaN(growth(0, 5))).toBe(true);
  });

  it('runs repeated measurements one after the other', async () => {
    const order: string[] = [];
    const results = await repeat(3, async (run) => {
      order.push(`start ${run}`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`end ${run}`);
      return run * 2;
    });
    expect(results).toEqual([0, 2, 4]);
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('counts the most events within any one-second window, in any order', () => {
    expect(busiestSecond([])).toBe(0);
    expect(busiestSecond([0, 999, 1000, 1500, 1999])).toBe(3);
    expect(busiestSecond([2500, 0, 400, 2000, 800, 2999])).toBe(3);
  });

  it('rounds figures to three significant digits below 100 and to whole numbers above', () => {
    expect(roundFigure(12.3456)).toBe(12.3);
    expect(roundFigure(0.012345)).toBe(0.0123);
    expect(roundFigure(1234.5)).toBe(1235);
  });
});

describe('figures, targets and the table', () => {
  it('keeps every run and reports their median against the target', () => {
    const f = figure('chat.pglite.eventsPerSecond', 'events/s', 'ev/s', [250, 320, 310], { op: '>=', value: 300 });
    expect(f.value).toBe(310);
    expect(f.runs).toEqual([250, 320, 310]);
    expect(targetMet(f)).toBe(true);
    expect(targetMet(figure('x', 'p99', 'ms', [120, 140, 90], { op: '<=', value: 100 }))).toBe(false);
    expect(targetMet(figure('x', 'no target', 'ms', [1]))).toBeUndefined();
    // a figure nothing was measured for (the server died: NaN) never meets its target
    expect(targetMet(figure('x', 'rss', 'MB', [Number.NaN], { op: '<=', value: 300 }))).toBe(false);
  });

  it('prints one row per figure with its runs, target and verdict', () => {
    const table = renderTable([
      {
        id: 'chat',
        title: 'Chat',
        workload: '',
        repeats: 2,
        seconds: 1,
        notes: [],
        figures: [figure('a', 'pglite events/s', 'ev/s', [280, 290], { op: '>=', value: 300 }), figure('b', 'queries per event', 'queries', [12, 12])],
      },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^scenario\s+figure\s+median\s+unit\s+runs\s+target\s+met/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/chat\s+pglite events\/s\s+285\s+ev\/s\s+280 \/ 290\s+>= 300\s+NO/);
    expect(lines[3]).toMatch(/queries per event\s+12\s+queries\s+12 \/ 12\s*$/);
  });
});

describe('repeated runs within a time allowance', () => {
  it('always runs once, then only while the longest run still fits', async () => {
    let now = 0;
    const clock = () => now;
    const durations = [40_000, 50_000, 45_000];
    const runs = await repeatWithin(3, 100, async (run) => {
      now += durations[run]!;
      return run;
    }, clock);
    // after 40 s and 90 s: a third run (longest 50 s) would end past 100 s
    expect(runs).toEqual([0, 1]);
    const slow = await repeatWithin(3, 10, async (run) => {
      now += 60_000;
      return run;
    }, clock);
    expect(slow).toEqual([0]);
  });
});
