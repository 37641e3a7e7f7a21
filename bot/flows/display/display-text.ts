// How the display network reads in chat: a point's card with its shelf, a month's report, the answer to a
// recorded sale or return, and the command that records one from anywhere.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { PointReport } from '../../../domain/services/display-report.ts';
import type { InventoryItem, PointView } from '../../../domain/services/display-view.ts';
import type { FlowContext } from '../../core/flow.ts';
import type { MovementCommand } from './command-parse.ts';
import { tellError } from '../official/chat-helpers.ts';

export const pointLabel = (p: Pick<PointView, 'name' | 'code'>) => `${p.name} (${p.code})`;

// the officials' helper: a refused action's message in the user's language ("t:" params translated too)
export { tellError } from '../official/chat-helpers.ts';

export function pointCard(ctx: FlowContext, point: PointView, items: InventoryItem[]): string {
  const lines = [
    ctx.t('display:point.title', { name: point.name, code: point.code }),
    ctx.t('display:point.where', { kind: ctx.t(`display:kinds.${point.kind}`), city: point.city, region: point.regionName ?? ctx.t('display:point.outsideNtt') }),
  ];
  if (point.address) lines.push(ctx.t('display:point.address', { address: point.address }));
  if (point.contact) lines.push(ctx.t('display:point.contact', { contact: point.contact }));
  lines.push('', ctx.t('display:point.shelf'));
  const shown = items.filter((i) => i.onHand > 0 || i.sold > 0);
  if (shown.length === 0) lines.push(ctx.t('display:point.emptyShelf'));
  for (const i of shown) {
    lines.push(ctx.t(i.endsOn ? 'display:point.itemUntil' : 'display:point.item', { name: ctx.lang === 'en' && i.nameEn ? i.nameEn : i.name, code: i.productCode, onHand: i.onHand, consigned: i.consigned, sold: i.sold, until: i.endsOn }));
  }
  return lines.join('\n');
}

export function reportText(ctx: FlowContext, r: PointReport): string {
  const s = r.summary;
  const lines = [
    ctx.t('display:report.title', { point: r.point.name, code: r.point.code, month: r.month }),
    ctx.t('display:report.summary', { products: s.productsShown, sold: s.unitsSold, revenue: formatIdr(s.revenueIdr), returned: s.unitsReturned, scans: s.scans, orders: s.orders, orderValue: formatIdr(s.orderValueIdr) }),
  ];
  if (r.rows.length) lines.push('');
  for (const row of r.rows.slice(0, 30)) {
    lines.push(ctx.t('display:report.line', { name: row.name, code: row.productCode, sold: row.sold, scans: row.scans, orders: row.orders, onHand: row.onHand }));
  }
  return lines.join('\n');
}

/** Records a sale or return typed as a command and answers; a refusal is answered, nothing changes. */
export async function runMovement(ctx: FlowContext, cmd: MovementCommand): Promise<void> {
  try {
    const done = await ctx.services.display.recordMovement(ctx.actor, cmd);
    ctx.reply({
      type: 'text',
      text: ctx.t(done.kind === 'sale' ? 'display:sale.recorded' : 'display:sale.returned', { name: done.name, code: done.productCode, quantity: done.quantity, point: done.point.name, onHand: done.onHand }),
    });
  } catch (error) {
    tellError(ctx, error);
  }
}
