// Staff of a display point record what sold: "Record sale" (point → product on the shelf → units), or
// in one line "jual KODE 2" / "retur KODE 1" at the main menu or as "/jual KODE 2" from anywhere. The shelf
// never goes below zero; the producer hears of each sale.
import { isOfficial } from '../../../domain/services/actor.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { searchText } from '../buyer/buyer-intents.ts';
import { parseMovementCommand, parseUnits, type MovementCommand } from './command-parse.ts';
import { runMovement, tellError } from './display-text.ts';
import { pickPointStep } from './point-pick.ts';

export const SALE_FLOW = 'display.sale';
export const QUICK_FLOW = 'display.quick';

export const saleFlow: Flow = {
  id: SALE_FLOW,
  start: 'point',
  steps: {
    point: pickPointStep('product', 'staff'),
    product: {
      help: 'display:help.sale',
      async prompt(ctx): Promise<StepResult | void> {
        const { point, items } = await ctx.services.display.inventory(ctx.actor, String(ctx.data.point));
        const onShelf = items.filter((i) => i.onHand > 0);
        if (onShelf.length === 0) {
          ctx.reply({ type: 'text', text: ctx.t('display:sale.emptyShelf', { point: point.name }) });
          return { end: true };
        }
        ctx.choose(ctx.t('display:sale.pick', { point: point.name }), [
          ...onShelf.slice(0, 20).map((i) => ({ label: ctx.t('display:sale.option', { name: ctx.lang === 'en' && i.nameEn ? i.nameEn : i.name, code: i.productCode, onHand: i.onHand }), value: `p:${i.productCode}` })),
          { label: ctx.t('display:buttons.done'), value: 'done' },
        ]);
      },
      handle(ctx, input): StepResult {
        if (input.kind === 'choice' && input.value === 'done') return { end: true };
        const code = input.kind === 'choice' && input.value.startsWith('p:') ? input.value.slice(2) : input.kind === 'text' ? input.text.trim().toUpperCase() : '';
        if (!/^[A-Z0-9]{2,20}$/.test(code)) {
          ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
          return { repeat: true };
        }
        ctx.data.productCode = code;
        return { goto: 'quantity' };
      },
    },
    quantity: {
      prompt(ctx) {
        ctx.reply({ type: 'text', text: ctx.t('display:sale.askQuantity', { code: String(ctx.data.productCode) }) });
      },
      async handle(ctx, input): Promise<StepResult> {
        const text = expectText(ctx, input, { max: 20 });
        if (text === null) return { stay: true };
        const quantity = parseUnits(text);
        if (quantity === null) {
          ctx.reply({ type: 'text', text: ctx.t('display:errors.badUnits') });
          return { stay: true };
        }
        try {
          const done = await ctx.services.display.recordMovement(ctx.actor, { pointCode: String(ctx.data.point), productCode: String(ctx.data.productCode), quantity, kind: 'sale' });
          ctx.reply({ type: 'text', text: ctx.t('display:sale.recorded', { name: done.name, code: done.productCode, quantity, point: done.point.name, onHand: done.onHand }) });
          return { goto: 'product' };
        } catch (error) {
          tellError(ctx, error);
          return { stay: true };
        }
      },
    },
  },
};

/** "jual KODE 2" typed at the main menu: recorded at once; from someone who is no staff it is a search. */
export const quickFlow: Flow = {
  id: QUICK_FLOW,
  start: 'run',
  steps: {
    run: {
      async prompt(ctx): Promise<StepResult | void> {
        const cmd = ctx.data.command as MovementCommand;
        if (!(await mayRecord(ctx))) return (await searchText(ctx, String(ctx.data.text ?? ''), { flow: 'menu', step: 'main', atMenu: true, inForm: false })) ?? { end: true };
        await runMovement(ctx, cmd);
        // back at the main menu, shown again so a numbered reply maps to it
        return { end: true };
      },
    },
  },
};

/** staff of some point, or an official: the service decides the rest (and says which point is missing) */
async function mayRecord(ctx: FlowContext): Promise<boolean> {
  return isOfficial(ctx.actor) || (await ctx.services.display.isStaff(ctx.actor));
}

/** the module's menuText: only the shape of a movement command is taken */
export function movementMenuText(_ctx: FlowContext, text: string): StepResult | null {
  const command = parseMovementCommand(text);
  return command ? { flow: QUICK_FLOW, data: { command, text } } : null;
}

/** "/jual KODE 2", "/retur KODE 1" from any state: answered where the user is, nothing else changes */
export function movementAction(word: string) {
  return async (ctx: FlowContext, args: string): Promise<StepResult> => {
    const command = parseMovementCommand(`${word} ${args}`);
    if (!command) ctx.reply({ type: 'text', text: ctx.t('display:sale.usage') });
    else await runMovement(ctx, command);
    return { stay: true };
  };
}
