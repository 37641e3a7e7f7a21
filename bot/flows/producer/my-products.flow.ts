// "My products": the list with each product's curation status, one product's card with the curator's note,
// and what can be done with it: change a field, update the stock ("stok 12"), pause, submit, archive.
import type { MyProductView } from '../../../domain/services/my-product-view.ts';
import type { HistoryEntry } from '../../../domain/curation/history.ts';
import { formatDate } from '../../../domain/lib/i18n.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectChoice, pagerOptions } from '../../core/step-helpers.ts';
import { productEditSteps } from './product-edit.steps.ts';
import { parseStock, parseStockCommand } from './quantity-parse.ts';
import { fields } from './product-fields.ts';
import { fieldStep } from './field-step.ts';

const PAGE = 8;
const SUBMITTABLE = ['DRAFT', 'CHANGES_REQUESTED', 'REJECTED'];
export const statusIcon: Record<string, string> = { DRAFT: '📝', SUBMITTED: '⏳', IN_REVIEW: '🔎', CHANGES_REQUESTED: '✏️', APPROVED: '✅', REJECTED: '❌', ARCHIVED: '🗄' };

export const loadProduct = (ctx: FlowContext) => ctx.services.products.getMine(ctx.actor, String(ctx.data.productId));

function card(ctx: FlowContext, p: MyProductView): string {
  const lines = [
    `${statusIcon[p.status] ?? ''} ${p.name.id} (${p.code})`,
    ctx.t('producer:card.status', { status: ctx.t(`producer:status.${p.status}`) }) + (p.paused ? ` · ${ctx.t('producer:card.paused')}` : ''),
    ctx.t('producer:card.priceStock', { price: fields.priceIdr!.show!(ctx, p.priceIdr), unit: p.unit, stock: p.stock }),
    ctx.t('producer:card.photos', { count: p.photos.length }),
  ];
  if (p.curatorNote && p.status !== 'APPROVED') lines.push(ctx.t('producer:card.curatorNote', { note: p.curatorNote }));
  if (p.status === 'CHANGES_REQUESTED') lines.push('', ctx.t('producer:history.fixHint'));
  return lines.join('\n');
}

/** The curation history, oldest first: sent, fix asked (with the notes), changed, sent again, decided. */
export function historyText(ctx: FlowContext, p: MyProductView, entries: HistoryEntry[]): string {
  const date = (at: Date) => formatDate(at, ctx.lang);
  const lines = [ctx.t('producer:history.title', { name: p.name.id, code: p.code })];
  if (entries.length === 0) lines.push(ctx.t('producer:history.empty'));
  for (const e of entries) {
    if (e.kind === 'changed') lines.push(ctx.t('producer:history.changed', { date: date(e.at), fields: e.fields.map((f) => ctx.t(`producer:fields.${f}`)).join(', ') }));
    else if (e.kind === 'decision') {
      lines.push(ctx.t(`producer:history.decision.${e.decision}`, { date: date(e.at) }));
      if (e.note) lines.push(ctx.t('producer:history.note', { note: e.note }));
      for (const [field, note] of Object.entries(e.fieldNotes)) lines.push(ctx.t('producer:history.fieldNote', { field: ctx.t(`producer:fields.${field}`), note }));
    } else lines.push(ctx.t(`producer:history.${e.kind}`, { date: date(e.at) }));
  }
  return lines.join('\n');
}

async function applyStock(ctx: FlowContext, productId: string, amount: string): Promise<boolean> {
  const parsed = parseStock(amount);
  if (!parsed.ok) {
    ctx.reply({ type: 'text', text: ctx.t(`producer:errors.stock.${parsed.reason}`, { max: 1_000_000 }) });
    return false;
  }
  const p = await ctx.services.products.setStock(ctx.actor, productId, parsed.value);
  ctx.reply({ type: 'text', text: ctx.t('producer:stockUpdated', { name: p.name.id, code: p.code, stock: p.stock }) });
  return true;
}

export const myProductsFlow: Flow = {
  id: 'my-products',
  start: 'list',
  allowed: (actor) => Boolean(actor.producerId),
  steps: {
    list: {
      async prompt(ctx) {
        const products = await ctx.services.products.listMine(ctx.actor);
        if (products.length === 0) return ctx.choose(ctx.t('producer:list.empty'), [{ label: ctx.t('producer:menu.addProduct'), value: 'add' }]);
        const pages = Math.ceil(products.length / PAGE);
        const page = Math.min(Number(ctx.data.page ?? 0), pages - 1);
        const items = products.slice(page * PAGE, page * PAGE + PAGE).map((p) => ({
          label: `${statusIcon[p.status] ?? ''}${p.paused ? '⏸' : ''} ${p.code} · ${p.name.id}`.slice(0, 60),
          value: `p:${p.id}`,
        }));
        ctx.choose(ctx.t('producer:list.title', { count: products.length }), [...items, ...pagerOptions(ctx, page, page < pages - 1), { label: ctx.t('producer:menu.addProduct'), value: 'add' }]);
      },
      help: 'producer:help.list',
      async handle(ctx, input): Promise<StepResult> {
        if (input.kind === 'text') {
          const command = parseStockCommand(input.text);
          if (command?.code) return { flow: 'my-products', step: 'quickStock', data: command };
          const byCode = /^[a-z0-9]{3,12}$/i.test(input.text) ? await ctx.services.products.getMineByCode(ctx.actor, input.text).catch(() => null) : null;
          if (byCode) {
            ctx.data.productId = byCode.id;
            return { goto: 'product' };
          }
        }
        const value = expectChoice(ctx, input);
        if (value === 'add') return { flow: 'product-add' };
        if (value === 'page:next' || value === 'page:prev') {
          ctx.data.page = Math.max(0, Number(ctx.data.page ?? 0) + (value === 'page:next' ? 1 : -1));
          return { repeat: true };
        }
        if (value?.startsWith('p:')) {
          ctx.data.productId = value.slice(2);
          return { goto: 'product' };
        }
        return { repeat: true };
      },
    },
    product: {
      async prompt(ctx) {
        const p = await loadProduct(ctx);
        ctx.data.categoryId = p.category.id;
        const options = [
          { label: ctx.t('producer:buttons.edit'), value: 'edit' },
          { label: ctx.t('producer:buttons.stock'), value: 'stock' },
          ...(SUBMITTABLE.includes(p.status) ? [{ label: ctx.t('producer:buttons.submit'), value: 'submit' }] : []),
          ...(p.status === 'APPROVED' ? [{ label: ctx.t(p.paused ? 'producer:buttons.unpause' : 'producer:buttons.pause'), value: p.paused ? 'unpause' : 'pause' }] : []),
          ...(p.status !== 'DRAFT' ? [{ label: ctx.t('producer:buttons.history'), value: 'history' }] : []),
          { label: ctx.t('producer:buttons.archive'), value: 'archive' },
          { label: ctx.t('producer:buttons.list'), value: 'list' },
        ];
        const photo = p.photos[0] ? { photo: { mediaId: p.photos[0].mediaId } } : {};
        ctx.choose(`${card(ctx, p)}\n\n${ctx.t('producer:card.stockHint')}`, options, photo);
      },
      help: 'producer:help.product',
      async handle(ctx, input): Promise<StepResult> {
        const id = String(ctx.data.productId);
        if (input.kind === 'text') {
          const command = parseStockCommand(input.text);
          if (command?.code) return { flow: 'my-products', step: 'quickStock', data: command };
          if (command) return (await applyStock(ctx, id, command.amount)) ? { repeat: true } : { stay: true };
        }
        const value = expectChoice(ctx, input);
        switch (value) {
          case 'edit':
            return { goto: 'pickField' };
          case 'stock':
            return { goto: 'stock' };
          case 'archive':
            return { goto: 'archive' };
          case 'history': {
            const p = await loadProduct(ctx);
            ctx.reply({ type: 'text', text: historyText(ctx, p, await ctx.services.products.historyMine(ctx.actor, id)) });
            return { repeat: true };
          }
          case 'list':
            return { goto: 'list' };
          case 'pause':
          case 'unpause':
            await ctx.services.products.setPaused(ctx.actor, id, value === 'pause');
            ctx.reply({ type: 'text', text: ctx.t(`producer:${value}d`) });
            return { repeat: true };
          case 'submit': {
            const p = await ctx.services.products.submit(ctx.actor, id);
            ctx.reply({ type: 'text', text: ctx.t('producer:add.submitted', { name: p.name.id, code: p.code, status: ctx.t(`producer:status.${p.status}`) }) });
            return { repeat: true };
          }
          default:
            return { repeat: true };
        }
      },
    },
    stock: fieldStep(fields.stock!, {
      current: async (ctx) => (await loadProduct(ctx)).stock,
      async save(ctx, value) {
        const p = await ctx.services.products.setStock(ctx.actor, String(ctx.data.productId), Number(value));
        ctx.reply({ type: 'text', text: ctx.t('producer:stockUpdated', { name: p.name.id, code: p.code, stock: p.stock }) });
        return { goto: 'product' };
      },
    }),
    /** "stok KP7Q2 12" typed at the menu or in this flow */
    quickStock: {
      async prompt(ctx) {
        const p = await ctx.services.products.getMineByCode(ctx.actor, String(ctx.data.code));
        ctx.data.productId = p.id;
        return (await applyStock(ctx, p.id, String(ctx.data.amount))) ? { end: true } : { goto: 'stock' };
      },
    },
    archive: {
      async prompt(ctx) {
        const p = await loadProduct(ctx);
        ctx.choose(ctx.t('producer:ask.archive', { name: p.name.id, code: p.code }), [
          { label: ctx.t('producer:buttons.archiveYes'), value: 'yes' },
          { label: ctx.t('engine:buttons.back'), value: 'no' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = expectChoice(ctx, input);
        if (value === 'no') return { goto: 'product' };
        if (value !== 'yes') return { repeat: true };
        const p = await ctx.services.products.archive(ctx.actor, String(ctx.data.productId));
        ctx.reply({ type: 'text', text: ctx.t('producer:archived', { name: p.name.id, code: p.code }) });
        delete ctx.data.productId;
        return { goto: 'list' };
      },
    },
    ...productEditSteps,
  },
};
