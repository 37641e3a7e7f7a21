// Reviewing a submission in chat: the product card, a score 1-5 for each rubric criterion, the total and
// grade, then approve (optionally as this month's flagship), ask for changes (note to the producer) or
// reject (reason). Reached from the alert's "Review" button or the curation queue.
import { criterionKeys, scoreProduct, type Scores } from '../../../domain/curation/rubric.ts';
import { formatIdr, monthName } from '../../../domain/lib/i18n.ts';
import { isOfficial } from '../../../domain/services/actor.ts';
import type { ReviewSummary } from '../../../domain/services/curation.service.ts';
import type { Flow, FlowContext, StepInput, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { tellError } from './chat-helpers.ts';

type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

/** "🚫 Restricted good: alcoholic drinks ("sopi"). Needs …" lines, in the curator's language */
export function restrictionLines(ctx: FlowContext, p: Pick<ReviewSummary, 'restrictions' | 'restrictedLicence'>): string[] {
  return p.restrictions.map((r) =>
    ctx.t('official:review.restricted', {
      kind: ctx.t(`producer:restricted.kind.${r.key}`),
      matched: r.matched,
      rule: r.requires === 'forbidden' ? ctx.t('official:review.ruleForbidden') : ctx.t('official:review.ruleLicence', { licence: ctx.t(`producer:restricted.licence.${r.key}`), given: p.restrictedLicence || ctx.t('official:review.noLicence') }),
    }),
  );
}

function cardText(ctx: FlowContext, p: ReviewSummary, changed: string[]): string {
  const flags = [...restrictionLines(ctx, p), p.containsAlcohol && !p.restrictions.some((r) => r.key === 'alcohol') ? ctx.t('official:review.alcohol') : null, p.bpomOnlyFood ? ctx.t('official:review.bpomOnly') : null].filter(Boolean);
  const english = p.nameEn || p.descriptionEn ? ctx.t('official:review.cardEnglish', { name: p.nameEn ?? '-', description: p.descriptionEn ?? '-' }) : null;
  const round = changed.length ? [ctx.t('official:review.fixRound', { fields: changed.map((f) => ctx.t(`producer:fields.${f}`)).join(', ') }), ...(p.curatorNote ? [ctx.t('official:review.fixAsked', { note: p.curatorNote })] : [])] : [];
  const declared = [p.declared.halal && `Halal ${p.declared.halal}`, p.declared.pirt && `P-IRT ${p.declared.pirt}`, p.declared.bpom && `BPOM ${p.declared.bpom}`].filter(Boolean).join(', ');
  return [
    ctx.t('official:review.cardTitle', { name: p.name, code: p.code }),
    ctx.t('official:review.cardProducer', { producer: p.producer.businessName, village: p.producer.village, region: p.region.name }),
    ctx.t('official:review.cardPrice', { price: formatIdr(p.priceIdr), unit: p.unit, stock: p.stock, category: ctx.lang === 'en' ? p.category.nameEn : p.category.nameId }),
    ctx.t('official:review.cardPackaging', { packaging: ctx.t(`official:packaging.${p.packagingState}`), declared: declared || '-' }),
    ctx.t('official:review.photoCount', { count: p.photos.length }),
    ...flags.map(String),
    ...round,
    '',
    p.description,
    ...(english ? ['', english] : []),
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
    const scores = scoresOf(ctx);
    const complete = criterionKeys.every((k) => typeof scores[k] === 'number');
    // a refusal or a fix request needs no scores; given all, they are kept
    const result = await ctx.services.curation.decide(ctx.actor, productId, { ...(complete || decision === 'APPROVE' ? { scores: scores as Scores } : {}), decision, ...extra });
    ctx.reply({ type: 'text', text: ctx.t(`official:review.decided.${decision}`, { name: ctx.data.name, grade: result.grade ?? '-', total: result.total ?? '-' }) });
    if (result.flagship) {
      const row = (await ctx.services.targets.progress(ctx.actor, result.flagship.month)).find((r) => r.regionCode === result.flagship!.regionCode);
      ctx.reply({ type: 'text', text: ctx.t('official:review.designated', { region: row?.regionName ?? result.flagship.regionCode, designated: row?.designated ?? 1, target: row?.target ?? '-', month: result.flagship.month }) });
    }
  } catch (error) {
    tellError(ctx, error);
  }
  return { end: true };
}

/**
 * "tolak, ini miras tdk boleh dijual" / "reject: not allowed" / "perbaiki, foto kurang terang" typed while
 * scoring or at the summary: the decision with its note, no scores needed. The word alone asks for the note.
 */
const QUICK: { decision: Decision; words: RegExp }[] = [
  { decision: 'REJECT', words: /^(tolak|ditolak|reject|refuse|decline)\b[\s,.:;!-]*/i },
  { decision: 'REQUEST_CHANGES', words: /^(minta perbaikan|perlu perbaikan|perbaiki|perbaikan|revisi|ask for a fix|request changes|needs? changes|fix)\b[\s,.:;!-]*/i },
];

async function quickDecision(ctx: FlowContext, input: StepInput): Promise<StepResult | null> {
  if (input.kind === 'choice') {
    if (input.value === 'quick:reject') return { goto: 'rejectReason' };
    if (input.value === 'quick:changes') return { goto: 'changesNote' };
    return null;
  }
  if (input.kind !== 'text') return null;
  const text = input.text.trim();
  for (const q of QUICK) {
    const m = q.words.exec(text);
    if (!m) continue;
    const note = text.slice(m[0].length).trim();
    if (note.length >= 3) return decide(ctx, q.decision, { notes: note });
    return { goto: q.decision === 'REJECT' ? 'rejectReason' : 'changesNote' };
  }
  return null;
}

const quickOptions = (ctx: FlowContext) => [
  { label: ctx.t('official:buttons.quickChanges'), value: 'quick:changes' },
  { label: ctx.t('official:buttons.quickReject'), value: 'quick:reject' },
];

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
        const { changedSinceRequest } = await ctx.services.curation.history(ctx.actor, p.id);
        ctx.data.name = p.name;
        ctx.data.regionCode = p.region.code;
        ctx.data.scores = {};
        ctx.data.index = 0;
        const text = cardText(ctx, p, changedSinceRequest);
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
        const hint = index === 0 ? `\n\n${ctx.t('official:review.quickHint')}` : '';
        // the quick decisions are typed words, not buttons: a typed "6" or "tujuh" must not pick them
        ctx.choose(`${text}${hint}`, [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: `s:${n}` })), { columns: 5 });
      },
      help: 'official:review.scoreHelp',
      async handle(ctx, input): Promise<StepResult> {
        const quick = await quickDecision(ctx, input);
        if (quick) return quick;
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
      async handle(ctx, input): Promise<StepResult> {
        const quick = await quickDecision(ctx, input);
        if (quick) return quick;
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
        ctx.choose(ctx.t('official:review.askDesignate', { region: row?.regionName ?? '-', month: monthName(month, ctx.lang), designated: row?.designated ?? 0, target: row?.target ?? '-' }), [
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
