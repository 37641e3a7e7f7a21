// Recording an issued certificate from the document: its number (format-checked for the permit), the issue
// date and the expiry date (a shortcut for the usual validity, or none), then a confirmation.
import { parseCertificate, formatHintKey } from '../../../domain/licensing/certificate.ts';
import { processes } from '../../../domain/licensing/processes.ts';
import { isOfficial } from '../../../domain/services/actor.ts';
import type { LicenseType } from '../../../prisma/generated/client.ts';
import type { Flow, FlowContext, StepResult } from '../../core/flow.ts';
import { expectText } from '../../core/step-helpers.ts';
import { addYears, dayOf, parseDateInput, tellError, typeName } from './chat-helpers.ts';

const typeOf = (ctx: FlowContext) => ctx.data.type as LicenseType;

export const certificateFlow: Flow = {
  id: 'official.certificate',
  start: 'number',
  allowed: isOfficial,
  steps: {
    number: {
      async prompt(ctx) {
        const c = await ctx.services.licensing.get(ctx.actor, String(ctx.data.caseId));
        ctx.data.type = c.type;
        ctx.reply({ type: 'text', text: ctx.t('licensing:certificate.askNumber', { type: typeName(ctx, c.type), format: ctx.t(formatHintKey(c.type as LicenseType)) }) });
      },
      handle(ctx, input): StepResult {
        const raw = expectText(ctx, input, { max: 64 });
        if (raw === null) return { stay: true };
        const number = parseCertificate(typeOf(ctx), raw);
        if (!number) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.badNumber', { format: ctx.t(formatHintKey(typeOf(ctx))) }) });
          return { stay: true };
        }
        ctx.data.number = number;
        return { goto: 'issued' };
      },
    },
    issued: {
      prompt: (ctx) => ctx.choose(ctx.t('licensing:certificate.askIssued'), [{ label: ctx.t('licensing:buttons.today'), value: 'today' }]),
      handle(ctx, input): StepResult {
        const now = ctx.services.now();
        const date = input.kind === 'choice' && input.value === 'today' ? parseDateInput(dayOf(now)) : input.kind === 'text' ? parseDateInput(input.text) : null;
        if (!date) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.badDate') });
          return { stay: true };
        }
        if (date.getTime() > now.getTime()) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.issuedInFuture') });
          return { stay: true };
        }
        ctx.data.issuedAt = date.toISOString();
        return { goto: 'expiry' };
      },
    },
    expiry: {
      prompt(ctx) {
        const years = processes[typeOf(ctx)].validityYears;
        ctx.choose(ctx.t('licensing:certificate.askExpiry'), [
          ...(years ? [{ label: ctx.t('licensing:buttons.plusYears', { years }), value: 'years' }] : []),
          { label: ctx.t('licensing:buttons.noExpiry'), value: 'none' },
        ]);
      },
      handle(ctx, input): StepResult {
        const issued = new Date(String(ctx.data.issuedAt));
        const years = processes[typeOf(ctx)].validityYears;
        let expires: Date | null;
        if (input.kind === 'choice' && input.value === 'none') expires = null;
        else if (input.kind === 'choice' && input.value === 'years' && years) expires = addYears(issued, years);
        else expires = input.kind === 'text' ? parseDateInput(input.text) : null;
        if (expires === null && !(input.kind === 'choice' && input.value === 'none')) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.badDate') });
          return { stay: true };
        }
        if (expires && expires.getTime() <= issued.getTime()) {
          ctx.reply({ type: 'text', text: ctx.t('licensing:errors.expiryBeforeIssue') });
          return { stay: true };
        }
        ctx.data.expiresAt = expires ? expires.toISOString() : null;
        return { goto: 'confirm' };
      },
    },
    confirm: {
      prompt(ctx) {
        const expires = ctx.data.expiresAt ? dayOf(new Date(String(ctx.data.expiresAt))) : ctx.t('licensing:card.never');
        ctx.choose(ctx.t('licensing:certificate.confirm', { type: typeName(ctx, typeOf(ctx)), number: ctx.data.number, issued: dayOf(new Date(String(ctx.data.issuedAt))), expires }), [
          { label: ctx.t('engine:buttons.confirm'), value: 'yes' },
          { label: ctx.t('licensing:buttons.retype'), value: 'edit' },
        ]);
      },
      async handle(ctx, input): Promise<StepResult> {
        const value = input.kind === 'choice' ? input.value : '';
        if (value === 'edit') return { goto: 'number' };
        if (value !== 'yes') {
          ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
          return { repeat: true };
        }
        try {
          await ctx.services.licensing.recordCertificate(ctx.actor, String(ctx.data.caseId), {
            number: String(ctx.data.number),
            issuedAt: String(ctx.data.issuedAt),
            expiresAt: ctx.data.expiresAt ? String(ctx.data.expiresAt) : null,
          });
          ctx.reply({ type: 'text', text: ctx.t('licensing:certificate.recorded') });
        } catch (error) {
          tellError(ctx, error);
        }
        return { flow: 'official.cases', step: 'case', data: { caseId: ctx.data.caseId } };
      },
    },
  },
};
