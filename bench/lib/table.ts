// The one table `npm run bench` prints: every figure of every scenario, its unit, the runs behind the
// median, and the target where the issue sets one.
import { targetMet, type ScenarioResult } from './figures.ts';

function fmt(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(value);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function renderTable(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'figure', 'median', 'unit', 'runs', 'target', 'met'];
  const rows: string[][] = [];
  for (const r of results) {
    for (const f of r.figures) {
      const met = targetMet(f);
      rows.push([
        r.id,
        f.label,
        fmt(f.value),
        f.unit,
        f.runs.map(fmt).join(' / '),
        f.target ? `${f.target.op} ${fmt(f.target.value)}` : '',
        met === undefined ? '' : met ? 'yes' : 'NO',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i === 2)).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function renderWorkloads(results: readonly ScenarioResult[]): string {
  return results
    .map((r) => [`${r.id} (${r.title}; ${r.repeats} run(s), ${Math.round(r.seconds)} s): ${r.workload}`, ...r.notes.map((n) => `  note: ${n}`)].join('\n'))
    .join('\n');
}
