// One question for one field, used by adding a product (answers kept in the draft), editing a product
// (answers saved at once) and the business profile. A field that already has a value says so and can be
// kept ("⏭ Tetap" or typing "tetap"), so going back with "kembali" never costs what was entered.
import { normalizeText } from '../../../domain/search/normalize.ts';
import type { FlowContext, Step, StepInput, StepResult } from '../../core/flow.ts';
import type { Option } from '../../../domain/chat/message.ts';

export type FieldValue = string | number | null;

/**
 * What reading an answer gave: the value (and other fields the same answer gave, "350rb per lembar" → the
 * unit too), or "the user was told; stay" / "show the choices again".
 */
export type Read = { value: FieldValue; also?: Record<string, FieldValue> } | { retry: 'stay' | 'repeat' };

export interface FieldDef {
  key: string;
  /** i18n key of the field's name (summary, "which field to change") */
  labelKey: string;
  ask(ctx: FlowContext, current: FieldValue | undefined): Promise<void> | void;
  read(ctx: FlowContext, input: StepInput): Promise<Read> | Read;
  /** the value as a person reads it (summary, "current" hints) */
  show?(ctx: FlowContext, value: FieldValue): string;
  /** longest text answer, told by the engine when a message is far too long */
  maxText?: number;
}

export const KEEP = 'keep';
const keepWords = new Set(['tetap', 'keep', 'sama', 'same', 'tidak berubah', 'unchanged']);

export function showValue(ctx: FlowContext, def: FieldDef, value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return ctx.t('producer:none');
  return def.show ? def.show(ctx, value) : String(value);
}

/**
 * Asks a question. With a current value the question shows it and offers to keep it: as a button when
 * the answer is not a number (on WhatsApp "1" would otherwise be read as that button), else as a word.
 */
export function ask(ctx: FlowContext, def: FieldDef, text: string, current: FieldValue | undefined, options: Option[] = [], numeric = false): void {
  const has = current !== undefined && current !== null && current !== '';
  const shown = has ? showValue(ctx, def, current).slice(0, 300) : '';
  const hint = has ? `\n\n${ctx.t(numeric ? 'producer:currentTyped' : 'producer:current', { value: shown })}` : '';
  const all = [...options, ...(has && !numeric ? [{ label: ctx.t('producer:buttons.keep'), value: KEEP }] : [])];
  if (all.length) ctx.choose(`${text}${hint}`, all, options.length > 3 ? { columns: 2 } : undefined);
  else ctx.reply({ type: 'text', text: `${text}${hint}` });
}

export function isKeep(input: StepInput): boolean {
  if (input.kind === 'choice') return input.value === KEEP;
  return input.kind === 'text' && keepWords.has(normalizeText(input.text));
}

export interface FieldIo {
  current(ctx: FlowContext): Promise<FieldValue | undefined> | FieldValue | undefined;
  save(ctx: FlowContext, value: FieldValue, also?: Record<string, FieldValue>): Promise<StepResult> | StepResult;
}

export function fieldStep(def: FieldDef, io: FieldIo, help?: string): Step {
  return {
    ...(help ? { help } : {}),
    ...(def.maxText ? { maxText: def.maxText } : {}),
    async prompt(ctx) {
      await def.ask(ctx, await io.current(ctx));
    },
    async handle(ctx, input) {
      const current = await io.current(ctx);
      if (isKeep(input) && current !== undefined && current !== null) return io.save(ctx, current);
      const read = await def.read(ctx, input);
      if ('retry' in read) return read.retry === 'repeat' ? { repeat: true } : { stay: true };
      return io.save(ctx, read.value, read.also);
    },
  };
}
