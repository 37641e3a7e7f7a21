// Which permits the producer already holds: pick halal, SPP-IRT or BPOM MD to type its number (checked for
// its shape), as often as needed, then go on. Declared numbers are the producer's word; badges on the
// storefront come only from cases an official verified.
import { parseBpomMd, parseHalalId, parsePirt } from '../../../domain/lib/permit-format.ts';
import type { FlowContext, Step, StepResult } from '../../core/flow.ts';
import { isNonAnswer } from '../../../domain/understanding/entities.ts';
import { expectChoice } from '../../core/step-helpers.ts';
import { permitsLine, type Draft } from './product-summary.ts';

export const permitKeys = ['declaredHalal', 'declaredPirt', 'declaredBpom'] as const;

export interface PermitsIo {
  values(ctx: FlowContext): Promise<Draft> | Draft;
  /** the step asking one permit's number */
  stepOf(key: (typeof permitKeys)[number]): string;
  done(ctx: FlowContext): Promise<StepResult> | StepResult;
  /** a number typed straight away, recognised by its shape */
  save(ctx: FlowContext, key: (typeof permitKeys)[number], value: string): Promise<void> | void;
}

const parsers = { declaredHalal: parseHalalId, declaredPirt: parsePirt, declaredBpom: parseBpomMd } as const;

export function permitsStep(io: PermitsIo): Step {
  return {
    help: 'producer:help.permits',
    async prompt(ctx) {
      const values = await io.values(ctx);
      ctx.choose(ctx.t('producer:ask.permits', { held: permitsLine(ctx, values) }), [
        ...permitKeys.map((key) => ({ label: ctx.t(`producer:buttons.${key}`), value: `permit:${key}` })),
        { label: ctx.t('producer:buttons.permitsDone'), value: 'done' },
      ]);
    },
    async handle(ctx, input): Promise<StepResult> {
      // "blm ada izin", "tdk punya", "nanti saja": no (more) permits, on to the next question
      if (input.kind === 'text' && isNonAnswer(input.text, ctx.lang)) return io.done(ctx);
      if (input.kind === 'text') {
        for (const key of permitKeys) {
          const number = parsers[key](input.text);
          if (number) {
            await io.save(ctx, key, number);
            return { repeat: true };
          }
        }
      }
      const value = expectChoice(ctx, input);
      if (value === 'done') return io.done(ctx);
      const key = permitKeys.find((k) => value === `permit:${k}`);
      return key ? { goto: io.stepOf(key) } : { repeat: true };
    },
  };
}
