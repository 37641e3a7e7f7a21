// Scenario "hostile": the fuzz of tests/fuzz/hostile-text.test.ts (bench/lib/hostile-fuzz.ts), longer:
// random and hostile messages (control characters, lone surrogates, absurd lengths, injections) over every
// step of every flow, through the console turn endpoint and the web chat with app.request(), on a fork of
// the demo database. Figures: failed properties (target 0) and messages per second. FUZZ_SEED replays a run.
import { figure, type ScenarioResult } from '../lib/figures.ts';
import type { BenchContext } from '../lib/context.ts';
import { runHostileFuzz } from '../lib/hostile-fuzz.ts';

export async function hostileScenario(ctx: BenchContext): Promise<Omit<ScenarioResult, 'seconds'>> {
  const messages = Number(process.env.FUZZ_MESSAGES ?? (ctx.options.quick ? 400 : 30_000));
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const db = await (await ctx.fixtures.demo()).fork();
  try {
    const report = await runHostileFuzz(db, ctx.fixtures.mediaStore, { seed, messages, log: ctx.log });
    if (report.failure) ctx.log(`  ✖ ${report.failure}`);
    return {
      id: 'hostile',
      title: 'Hostile text over every flow step',
      workload: `${report.messages} random and hostile messages (seed ${seed}) over ${report.stepsCovered}/${report.stepsTotal} flow steps, console turn endpoint and web chat through app.request(), demo database (PGlite in memory)`,
      repeats: 1,
      figures: [
        figure('hostile.failures', 'failed checks (5xx, no reply, raw key, undefined/NaN, failed turn)', 'count', [report.failure ? 1 : 0], { op: '<=', value: 0 }),
        figure('hostile.messagesPerSecond', 'messages per second', 'msg/s', [report.messages / (report.ms / 1000)]),
      ],
      notes: report.failure ? [`failure: ${report.failure.slice(0, 500)}`] : [],
    };
  } finally {
    await db.close();
  }
}
