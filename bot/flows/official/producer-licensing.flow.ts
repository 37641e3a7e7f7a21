// The producer's licensing: every case of their products with where it stands and its next step, and a
// request for help (halal self-declare, SPP-IRT, BPOM, packaging) that opens a case for the regency's
// officials. Paths a product cannot take are explained (alcohol is never halal; milk, frozen meat or fish,
// baby food and bottled water need BPOM, not SPP-IRT).
import { helpTypes } from '../../../domain/licensing/processes.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { caseCard, caseLabel, stepName, tellError, typeName } from './chat-helpers.ts';

const isProducer = (actor: { role: string; producerId?: string }) => actor.role === 'PRODUCER' && Boolean(actor.producerId);

function expected(ctx: FlowContext): StepResult {
  ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
  return { repeat: true };
}

export const producerLicensingFlow: Flow = {
  id: 'licensing.producer',
  start: 'list',
  allowed: isProducer,
  steps: {
    list: {
      async prompt(ctx) {
        const cases = await ctx.services.licensing.list(ctx.actor);
        const lines = cases.map((c) => {
          const next = c.nextStepKey ? ctx.t('licensing:producer.nextStep', { step: stepName(ctx, c.type, c.nextStepKey) }) : '';
          return `• ${caseLabel(ctx, c)}\n  ${stepName(ctx, c.type, c.stepKey)}${next ? `\n  ${next}` : ''}`;
        });
        const text = cases.length ? [ctx.t('licensing:producer.title', { count: cases.length }), ...lines].join('\n') : ctx.t('licensing:producer.none');
        ctx.choose(text, [
          { label: ctx.t('licensing:buttons.askHelp'), value: 'help' },
          ...cases.slice(0, 10).map((c) => ({ label: caseLabel(ctx, c), value: `c:${c.id}` })),
        ]);
      },
      handle(ctx, input): StepResult {
        const value = input.kind === 'choice' ? input.value : '';
        if (value === 'help') return { goto: 'helpType' };
        if (value.startsWith('c:')) {
          ctx.data.caseId = value.slice(2);
          return { goto: 'case' };
        }
        return expected(ctx);
      },
    },
    case: {
      async prompt(ctx) {
        const c = await ctx.services.licensing.get(ctx.actor, String(ctx.data.caseId));
        ctx.choose(caseCard(ctx, c), [{ label: ctx.t('licensing:buttons.allCases'), value: 'list' }]);
      },
      handle: (ctx, input) => (input.kind === 'choice' && input.value === 'list' ? { goto: 'list' } : expected(ctx)),
    },
    helpType: {
      prompt: (ctx) => ctx.choose(ctx.t('licensing:producer.askType'), helpTypes.map((t) => ({ label: typeName(ctx, t), value: `t:${t}` }))),
      help: 'licensing:producer.typeHelp',
      handle(ctx, input): StepResult {
        const type = helpTypes.find((t) => input.kind === 'choice' && input.value === `t:${t}`);
        if (!type) return expected(ctx);
        ctx.data.type = type;
        return { goto: 'helpProduct' };
      },
    },
    helpProduct: {
      async prompt(ctx): Promise<StepResult | void> {
        const products = await ctx.services.licensing.productsForHelp(ctx.actor);
        if (products.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:producer.noProducts') });
          return { goto: 'list' };
        }
        ctx.choose(ctx.t('licensing:producer.askProduct', { type: typeName(ctx, String(ctx.data.type)) }), products.map((p) => ({ label: `${p.name} (${p.code})`, value: `p:${p.id}` })));
      },
      async handle(ctx, input): Promise<StepResult> {
        if (!(input.kind === 'choice' && input.value.startsWith('p:'))) return expected(ctx);
        const product = (await ctx.services.licensing.productsForHelp(ctx.actor)).find((p) => p.id === input.value.slice(2));
        if (!product) return expected(ctx);
        const refusal = product.refusals[ctx.data.type as keyof typeof product.refusals];
        if (refusal) {
          ctx.reply({ type: 'text', text: ctx.t(refusal, { product: product.name }) });
          return { goto: 'helpType' };
        }
        ctx.data.productId = product.id;
        return { goto: 'helpNote' };
      },
    },
    helpNote: {
      prompt: (ctx) => ctx.choose(ctx.t('licensing:producer.askNote'), [{ label: ctx.t('licensing:buttons.noNote'), value: 'skip' }]),
      async handle(ctx, input): Promise<StepResult> {
        let note: string | undefined;
        if (!(input.kind === 'choice' && input.value === 'skip')) {
          const text = expectText(ctx, input, { max: 500 });
          if (text === null) return { stay: true };
          note = text;
        }
        try {
          await ctx.services.licensing.open(ctx.actor, { type: ctx.data.type as (typeof helpTypes)[number], productId: String(ctx.data.productId), note });
          ctx.reply({ type: 'text', text: ctx.t('licensing:producer.requested', { type: typeName(ctx, String(ctx.data.type)) }) });
        } catch (error) {
          tellError(ctx, error);
        }
        return { goto: 'list' };
      },
    },
  },
};
