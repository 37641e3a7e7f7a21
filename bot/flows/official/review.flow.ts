// Reviewing a submission in chat: the product card, a score 1-5 for each rubric criterion, the total and
// grade, then approve (optionally as this month's flagship), ask for changes (note to the producer) or
// reject (reason). Reached from the alert's "Review" button or the curation queue.
import { criterionKeys, scoreProduct, type Scores } from '../../../domain/curation/rubric.ts';
import { formatIdr } from '../../../domain/lib/i18n.ts';
import { isOfficial } from '../../../domain/services/actor.ts';
import type { ReviewSummary } from '../../../domain/services/curation.service.ts';
import type { Flow, FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { tellError } from './chat-helpers.ts';

type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

function cardText(ctx: FlowContext, p: ReviewSummary): string {
  const flags = [p.containsAlcohol ? ctx.t('official:review.alcohol') : null, p.bpomOnlyFood ? ctx.t('official:review.bpomOnly') : null].filter(Boolean);
  const declared = [p.declared.halal && `Halal ${p.declared.halal}`, p.declared.pirt && `P-IRT ${p.declared.pirt}`, p.declared.bpom && `BPOM ${p.declared.bpom}`].filter(Boolean).join(', ');
  return [
    ctx.t('official:review.cardTitle', { name: p.name, code: p.code }),
    ctx.t('official:review.cardProducer', { producer: p.producer.businessName, village: p.producer.village, region: p.region.name }),
    ctx.t('official:review.cardPrice', { price: formatIdr(p.priceIdr), unit: p.unit, stock: p.stock, category: ctx.lang === 'en' ? p.category.nameEn : p.category.nameId }),
    ctx.t('official:review.cardPackaging', { packaging: ctx.t(`official:packaging.${p.packagingState}`), declared: declared || '-' }),
    ...flags.map(String),
    '',
    p.description,
  ].join('\n');
}

const scoresOf = (ctx: FlowContext) => (ctx.data.scores ?? {}) as Partial<Scores>;

function readScore(input: StepInput): number | null {
  const raw = input.kind === 'choice' ? input.value.replace(/^s:/, '') : input.kind === 'text' ? input.text.trim() : '';
  return /^[1-5]$/.test(raw) ? Number(raw) : null;
}

async function decide(ctx: FlowContext, decision: Decision, extra: { notes?: string; designateFlagship?: boolean }): Promise<StepResult> {
  const productId = String(ctx.data.productId);
  try {
    const result = await ctx.services.curation.decide(ctx.actor, productId, { scores: scoresOf(ctx) as Scores, decision, ...extra });
    ctx.reply({ type: 'text', text: ctx.t(`official:review.decided.${decision}`, { name: ctx.data.name, grade: result.grade, total: result.total }) });
    if (result.flagship) {
      const row = (await ctx.services.targets.progress(ctx.actor, result.flagship.month)).find((r) => r.regionCode === result.flagship!.regionCode);
      ctx.reply({ type: 'text', text: ctx.t('official:review.designated', { region: row?.regionName ?? result.flagship.regionCode, designated: row?.designated ?? 1, target: row?.target ?? '-', month: result.flagship.month }) });
    }
  } catch (error) {
    tellError(ctx, error);
  }
  return { end: true };
}

const noteStep = (askKey: string, decision: Decision) => ({
  prompt: (ctx: FlowContext) => ctx.reply({ type: 'text' as const, text: ctx.t(askKey) }),
  async handle(ctx: FlowContext, input: StepInput): Promise<StepResult> {
    const note = expectText(ctx, input, { min: 3, max: 1000 });
    if (note === null) return { stay: true };
    return decide(ctx, decision, { notes: note });
  },
});

export const reviewFlow: Flow = {
  id: 'official.review',
  start: 'card',
  allowed: isOfficial,
  steps: {
    card: {
      async prompt(ctx): Promise<StepResult> {
        const p = await ctx.services.curation.startReview(ctx.actor, String(ctx.data.productId));
        ctx.data.name = p.name;
        ctx.data.regionCode = p.region.code;
        ctx.data.scores = {};
        ctx.data.index = 0;
        const text = cardText(ctx, p);
        ctx.reply(p.photoMediaId ? { type: 'photo', media: { mediaId: p.photoMediaId }, caption: text.slice(0, 1000) } : { type: 'text', text });
        return { goto: 'score' };
      },
    },
    score: {
      prompt(ctx) {
        const index = Number(ctx.data.index ?? 0);
        const criterion = ctx.services.curation.rubric.criteria[index]!;
        const text = ctx.t('official:review.askScore', {
          n: index + 1,
          count: criterionKeys.length,
          criterion: ctx.t(`official:rubric.${criterion.key}.label`),
          weight: criterion.weight,
          question: ctx.t(`official:rubric.${criterion.key}.question`),
        });
        ctx.choose(text, [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: `s:${n}` })), { columns: 5 });
      },
      help: 'official:review.scoreHelp',
      handle(ctx, input): StepResult {
        const score = readScore(input);
        if (score === null) {
          ctx.reply({ type: 'text', text: ctx.t('official:review.badScore') });
          return { repeat: true };
        }
        const index = Number(ctx.data.index ?? 0);
        const criteria = ctx.services.curation.rubric.criteria;
        ctx.data.scores = { ...scoresOf(ctx), [criteria[index]!.key]: score };
        ctx.data.index = index + 1;
        return index + 1 >= criteria.length ? { goto: 'summary' } : { repeat: true };
      },
    },
    summary: {
      prompt(ctx) {
        const scores = scoresOf(ctx) as Scores;
        const { total, grade } = scoreProduct(scores, ctx.services.curation.rubric);
        const lines = ctx.services.curation.rubric.criteria.map((c) => `• ${ctx.t(`official:rubric.${c.key}.label`)} (${c.weight}%): ${scores[c.key]}`);
        ctx.choose(ctx.t('official:review.summary', { name: ctx.data.name, lines: lines.join('\n'), total, grade }), [
          { label: ctx.t('official:buttons.approve'), value: 'approve' },
          { label: ctx.t('official:buttons.requestChanges'), value: 'changes' },
          { label: ctx.t('official:buttons.reject'), value: 'reject' },
          { label: ctx.t('official:buttons.rescore'), value: 'rescore' },
        ]);
      },
      handle(ctx, input): StepResult {
        const value = input.kind === 'choice' ? input.value : '';
        if (value === 'approve') return { goto: 'designate' };
        if (value === 'changes') return { goto: 'changesNote' };
        if (value === 'reject') return { goto: 'rejectReason' };
        if (value === 'rescore') {
          ctx.data.scores = {};
          ctx.data.index = 0;
          return { goto: 'score' };
        }
        ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
        return { repeat: true };
      },
    },
    designate: {
      async prompt(ctx) {
        const month = ctx.services.targets.currentMonth();
        const row = (await ctx.services.targets.progress(ctx.actor, month)).find((r) => r.regionCode === ctx.data.regionCode);
        ctx.choose(ctx.t('official:review.askDesignate', { region: row?.regionName ?? '-', month, designated: row?.designated ?? 0, target: row?.target ?? '-' }), [
          { label: ctx.t('official:buttons.designateYes'), value: 'yes' },
          { label: ctx.t('official:buttons.designateNo'), value: 'no' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = input.kind === 'choice' ? input.value : '';
        if (value !== 'yes' && value !== 'no') {
          ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
          return { repeat: true };
        }
        return decide(ctx, 'APPROVE', { designateFlagship: value === 'yes' });
      },
    },
    changesNote: noteStep('official:review.askChanges', 'REQUEST_CHANGES'),
    rejectReason: noteStep('official:review.askReject', 'REJECT'),
  },
};
