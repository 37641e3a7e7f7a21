// Licensing cases for officials: the active cases of their regencies, opening one for a product (by its
// code), and on a case: advance to the next step with a note, return it for corrections, or record the
// certificate (certificate.flow.ts).
import { licenseTypes, processes } from '../../../domain/licensing/processes.ts';
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { caseCard, caseLabel, stepName, tellError, typeName } from './chat-helpers.ts';

const choiceOf = (input: StepInput) => (input.kind === 'choice' ? input.value : null);

function expected(ctx: FlowContext): StepResult {
  ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
  return { repeat: true };
}

export const casesFlow: Flow = {
  id: 'official.cases',
  start: 'list',
  allowed: isOfficial,
  steps: {
    list: {
      async prompt(ctx) {
        const cases = await ctx.services.licensing.list(ctx.actor, { active: true });
        ctx.choose(cases.length ? ctx.t('licensing:official.listTitle', { count: cases.length }) : ctx.t('licensing:official.listEmpty'), [
          ...cases.slice(0, 15).map((c) => ({ label: caseLabel(ctx, c), value: `c:${c.id}` })),
          { label: ctx.t('licensing:buttons.openNew'), value: 'new' },
        ]);
      },
      handle(ctx, input): StepResult {
        const value = choiceOf(input);
        if (value === 'new') return { goto: 'openProduct' };
        if (value?.startsWith('c:')) {
          ctx.data.caseId = value.slice(2);
          return { goto: 'case' };
        }
        return expected(ctx);
      },
    },
    openProduct: {
      prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('licensing:official.askProductCode') }),
      async handle(ctx, input): Promise<StepResult> {
        const code = expectText(ctx, input, { min: 3, max: 12 });
        if (code === null) return { stay: true };
        const productId = await ctx.services.licensing.productIdByCode(code);
        if (!productId) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.productCodeUnknown', { code: code.toUpperCase() }) });
          return { stay: true };
        }
        ctx.data.productId = productId;
        return { goto: 'openType' };
      },
    },
    openType: {
      prompt: (ctx) => ctx.choose(ctx.t('licensing:official.askType'), licenseTypes.map((t) => ({ label: typeName(ctx, t), value: `t:${t}` }))),
      async handle(ctx, input): Promise<StepResult> {
        const value = choiceOf(input);
        const type = licenseTypes.find((t) => value === `t:${t}`);
        if (!type) return expected(ctx);
        try {
          const opened = await ctx.services.licensing.open(ctx.actor, { productId: String(ctx.data.productId), type });
          ctx.data.caseId = opened.id;
          ctx.reply({ type: 'text', text: ctx.t('licensing:official.opened', { type: typeName(ctx, type) }) });
          return { goto: 'case' };
        } catch (error) {
          tellError(ctx, error);
          return { repeat: true };
        }
      },
    },
    case: {
      async prompt(ctx) {
        const c = await ctx.services.licensing.get(ctx.actor, String(ctx.data.caseId));
        ctx.data.type = c.type;
        const active = c.status !== 'ISSUED' && c.status !== 'CANCELLED';
        const canAdvance = active && c.nextStepKey && !(c.stepIndex + 1 === c.stepCount - 1 && processes[c.type as keyof typeof processes].certificate);
        ctx.choose(caseCard(ctx, c), [
          ...(canAdvance ? [{ label: ctx.t('licensing:buttons.advance'), value: 'advance' }] : []),
          ...(active && processes[c.type as keyof typeof processes].certificate ? [{ label: ctx.t('licensing:buttons.certificate'), value: 'certificate' }] : []),
          ...(active ? [{ label: ctx.t('licensing:buttons.return'), value: 'return' }] : []),
          { label: ctx.t('licensing:buttons.allCases'), value: 'list' },
        ]);
      },
      handle(ctx, input): StepResult {
        const value = choiceOf(input);
        if (value === 'advance') return { goto: 'advanceNote' };
        if (value === 'return') return { goto: 'returnNote' };
        if (value === 'certificate') return { flow: 'official.certificate', data: { caseId: ctx.data.caseId } };
        if (value === 'list') return { goto: 'list' };
        return expected(ctx);
      },
    },
    advanceNote: {
      prompt: (ctx) => ctx.choose(ctx.t('licensing:official.askAdvanceNote'), [{ label: ctx.t('licensing:buttons.noNote'), value: 'skip' }]),
      async handle(ctx, input): Promise<StepResult> {
        let note: string | undefined;
        if (!(input.kind === 'choice' && input.value === 'skip')) {
          const text = expectText(ctx, input, { max: 500 });
          if (text === null) return { stay: true };
          note = text;
        }
        try {
          const c = await ctx.services.licensing.advance(ctx.actor, String(ctx.data.caseId), { note });
          ctx.reply({ type: 'text', text: ctx.t('licensing:official.advanced', { step: stepName(ctx, c.type, c.stepKey) }) });
        } catch (error) {
          tellError(ctx, error);
        }
        return { goto: 'case' };
      },
    },
    returnNote: {
      prompt: (ctx) => ctx.reply({ type: 'text', text: ctx.t('licensing:official.askReturnNote') }),
      async handle(ctx, input): Promise<StepResult> {
        const note = expectText(ctx, input, { min: 3, max: 500 });
        if (note === null) return { stay: true };
        try {
          await ctx.services.licensing.returnForCorrections(ctx.actor, String(ctx.data.caseId), { note });
          ctx.reply({ type: 'text', text: ctx.t('licensing:official.returned') });
        } catch (error) {
          tellError(ctx, error);
        }
        return { goto: 'case' };
      },
    },
  },
};
