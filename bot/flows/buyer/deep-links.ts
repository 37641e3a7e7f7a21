// "/start p_<code>" (t.me link), "start p_<code>" (wa.me link) and the QR labels of the display network
// ("p_<code>__d_<POINT>", "d_<POINT>"). The scanned point is kept in ctx.sticky.displayPoint (checkout
// attributes the order to it) and the scan is recorded. Someone arriving this way for the first time is a
// buyer straight away: the card first, no questionnaire (their language was guessed from their app).
import type { DeepLinkHandler, FlowContext, StepResult } from '../../core/flow.ts';
import { browseList } from './browse.flow.ts';
import { parseStartParam } from '../../../domain/lib/deep-links.ts';
import { openProduct } from './product.flow.ts';

async function welcomeNewcomer(ctx: FlowContext): Promise<void> {
  if (ctx.actor.onboarded) return;
  await ctx.setLanguage(ctx.lang);
  await ctx.services.account.completeBuyerOnboarding(ctx.actor);
  await ctx.refreshActor();
  ctx.reply({ type: 'text', text: ctx.t('buyer:deepLink.welcome') });
}

export const productDeepLink: DeepLinkHandler = async (ctx, param): Promise<StepResult | null> => {
  const parsed = parseStartParam(param);
  if (!parsed) return null;
  await welcomeNewcomer(ctx);
  let productId: string | null = null;
  if (parsed.code) {
    try {
      productId = (await ctx.services.catalog.getPublicProduct({ code: parsed.code })).id;
    } catch {
      productId = null;
    }
  }
  if (parsed.pointCode) {
    const scan = await ctx.services.displayScans.recordScan(ctx.actor, { pointCode: parsed.pointCode, productId, channel: ctx.channel });
    if (scan) ctx.sticky.displayPoint = scan.pointCode;
  }
  if (productId) return openProduct(productId);
  if (parsed.code) ctx.reply({ type: 'text', text: ctx.t('buyer:deepLink.productGone') });
  return browseList({ kind: 'flagships' });
};
