// The chat's half of signing a browser into the web shop (domain/services/web-sign-in.service.ts): the web
// page's link arrives as "start masuk_CODE" (wa.me prefilled text, or t.me ?start=), the bot asks whether
// the browser showing that code is the person's own (a code someone else sent must not hand them this
// account), and on Yes claims the code for this user; the page then signs in by itself.
import type { DeepLinkHandler, Flow, StepResult } from '../../core/flow.ts';
import { UnhandledInput } from '../../core/step-helpers.ts';

const PARAM = /^masuk_([A-Za-z0-9]{8})$/;

export const webSignInDeepLink: DeepLinkHandler = async (ctx, param): Promise<StepResult | null> => {
  const m = PARAM.exec(param.trim());
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  if (!(await ctx.services.webSignIn.claimable(code))) {
    ctx.reply({ type: 'text', text: ctx.t('buyer:webSignIn.expired') });
    return { end: true };
  }
  return { flow: 'webSignIn', data: { code } };
};

export const webSignInFlow: Flow = {
  id: 'webSignIn',
  start: 'confirm',
  steps: {
    confirm: {
      prompt(ctx) {
        ctx.choose(ctx.t('buyer:webSignIn.confirm', { code: String(ctx.data.code) }), [
          { label: ctx.t('buyer:webSignIn.yes'), value: 'yes' },
          { label: ctx.t('buyer:webSignIn.no'), value: 'no' },
        ]);
      },
      help: 'buyer:webSignIn.help',
      async handle(ctx, input): Promise<StepResult> {
        if (input.kind !== 'choice' || (input.value !== 'yes' && input.value !== 'no')) throw new UnhandledInput();
        if (input.value === 'no') {
          ctx.reply({ type: 'text', text: ctx.t('buyer:webSignIn.declined') });
          return { end: true };
        }
        const claimed = await ctx.services.webSignIn.claim(ctx.actor, String(ctx.data.code));
        ctx.reply({ type: 'text', text: ctx.t(claimed ? 'buyer:webSignIn.done' : 'buyer:webSignIn.expired') });
        return { end: true };
      },
    },
  },
};
