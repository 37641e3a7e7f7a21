// What every shop route shares: the page context with the cart count, a domain refusal turned into the
// words to show, and the refusal of POSTs from other sites.
import type { Context } from 'hono';
import { DomainError } from '../../domain/lib/errors.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { Services } from '../../domain/services/services.ts';
import { pageContext, renderPage } from '../render-page.ts';
import { ErrorPage } from '../storefront/pages/not-found.tsx';
import type { PageContext } from '../storefront/pages/page-context.ts';
import { cartCountOf, fromThisSite } from './shop-session.ts';

export interface ShopDeps {
  services: Services;
  logger: Logger;
  cookieSecret: string;
  telegramBotToken?: string;
}

export type ShopContext = Context<AppEnv>;

/** the page context with the visitor's cart count (read fresh: the page may just have changed the cart) */
export async function shopContext(c: ShopContext, deps: ShopDeps): Promise<PageContext> {
  const [count] = await Promise.all([cartCountOf(c, deps.services, deps.cookieSecret), deps.services.currency.ready()]);
  c.set('cartCount', count);
  return pageContext(c, deps.services);
}

/** the sentence for a refusal of the services, or null when the error is not one (a bug, the database) */
export function refusalText(ctx: PageContext, error: unknown): string | null {
  if (!(error instanceof DomainError)) return null;
  return error.messageKey ? ctx.t(error.messageKey, error.params) : ctx.t('shop:errors.generic');
}

/** Runs a shop route: POSTs from another site are refused, anything unexpected is logged and an error page. */
export const shopRoute = (deps: ShopDeps, handler: (c: ShopContext) => Promise<Response>) => async (c: ShopContext) => {
  if (c.req.method === 'POST' && !fromThisSite(c)) return c.text('cross-site form refused', 403);
  c.header('Cache-Control', 'no-store');
  try {
    return await handler(c);
  } catch (error) {
    deps.logger.error({ err: error, path: c.req.path, requestId: c.get('requestId') }, 'shop page failed');
    const ctx = pageContext(c, deps.services);
    return renderPage(c, ErrorPage({ ctx, path: c.req.path }), 500);
  }
};

/** a notice named in the query (?ok=added) as words, only from the known few */
export function noticeOf(ctx: PageContext, ok: string | undefined): string | undefined {
  return ok && ['added', 'updated', 'removed', 'received', 'rated', 'cancelled', 'proof', 'checked'].includes(ok) ? ctx.t(`shop:flash.${ok}`) : undefined;
}
