// Reading a quantity the way people type it ("2", "3 bungkus", "5 pcs") and asking for one. Quick buttons
// 1..5 on channels with buttons; the engine maps a typed number to the option at that position, so the
// buttons are exactly 1, 2, 3 ... in order (option n is quantity n) and nothing else: a typed "7" stays a
// number. WhatsApp and the console get no numbered menu at all: "3" is simply three.
import type { FlowContext, StepInput } from '../../core/flow.ts';
import type { Option } from '../../../domain/chat/message.ts';
import { parseAmounts } from '../../../domain/understanding/numbers.ts';

export type QuantityAnswer = { ok: true; quantity: number } | { ok: false; reason: 'notNumber' | 'tooSmall' | 'tooLarge' };

const QUICK_MAX = 5;

export function parseQuantity(input: StepInput, max: number): QuantityAnswer | null {
  let raw: string;
  if (input.kind === 'choice' && input.value.startsWith('qty:')) raw = input.value.slice(4);
  else if (input.kind === 'text') raw = input.text;
  else return null;
  // "2", "dua", "tiga bungkus", "mau beli 2", "mau 2 botol", "a couple": the one number people mean
  const counts = parseAmounts(raw, /[a-z]/i.test(raw) && /\b(a|one|two|three|pieces?|please|pls|just)\b/i.test(raw) ? 'en' : 'id').filter((a) => a.kind === 'number' || a.kind === 'quantity');
  const typed = counts.length === 1 && Number.isInteger(counts[0]!.value) ? (/^\s*-/.test(raw) ? -counts[0]!.value : counts[0]!.value) : null;
  if (typed === null) return { ok: false, reason: 'notNumber' };
  const quantity = typed;
  if (quantity < 1) return { ok: false, reason: 'tooSmall' };
  if (quantity > max) return { ok: false, reason: 'tooLarge' };
  return { ok: true, quantity };
}

/** Tells the user why the quantity does not fit (in their language); for a `{ ok: false }` answer. */
export function explainQuantity(ctx: FlowContext, reason: 'notNumber' | 'tooSmall' | 'tooLarge', max: number): void {
  ctx.reply({ type: 'text', text: ctx.t(`buyer:quantity.${reason}`, { max }) });
}

/** Asks for a quantity between 1 and max. */
export function askQuantity(ctx: FlowContext, text: string, max: number): void {
  if (ctx.channel === 'TELEGRAM' || ctx.channel === 'WEB') {
    const quick: Option[] = Array.from({ length: Math.min(QUICK_MAX, max) }, (_, i) => ({ label: String(i + 1), value: `qty:${i + 1}` }));
    ctx.choose(`${text}\n${ctx.t('buyer:quantity.tapHint')}`, quick, { columns: QUICK_MAX });
    return;
  }
  ctx.reply({ type: 'text', text: `${text}\n${ctx.t('buyer:quantity.typeHint')}` });
}
