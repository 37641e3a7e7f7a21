// Signing a browser in as the buyer of a WhatsApp or Telegram chat (domain/services/web-sign-in.service.ts):
// POST /masuk makes a one-time code and keeps the browser's secret in a signed cookie; GET /masuk shows the
// code with the links to the bot and reloads itself until the chat has confirmed it, then signs the browser
// in (the guest cart joins the buyer's) and sends it to the cart.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { qrCode } from '../../domain/lib/on-demand.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { clientKey } from '../../domain/lib/http/rate-limit.ts';
import { createChatRateLimiter } from '../chat/chat-rate-limit.ts';
import { WEB_SIGN_IN_MINUTES } from '../../domain/services/web-sign-in.service.ts';
import { isHttps } from '../lang.ts';
import { renderPage } from '../render-page.ts';
import { SignInPage, type SignInView } from './pages/sign-in.tsx';
import { shopContext, shopRoute, type ShopContext, type ShopDeps } from './shop-page.ts';
import { signedInBuyer, signInBrowser } from './shop-session.ts';

/** the browser's secret and the code it shows, "secret.code" (signed: neither can be swapped in) */
const PENDING_COOKIE = 'etalase_signin';
/** codes one client address may ask for a minute: each writes a row, and a person needs one or two */
const CODES_PER_MINUTE = 10;

export function signInRoutes(deps: ShopDeps): Hono<AppEnv> {
  const { services, cookieSecret } = deps;
  const app = new Hono<AppEnv>();
  const limiter = createChatRateLimiter({ perMinute: CODES_PER_MINUTE, addressMultiplier: 1 });
  const links = (code: string) => {
    const param = `masuk_${code}`;
    const bot = services.settings.telegramBotUsername?.replace(/^@/, '');
    const number = services.settings.whatsappNumber?.replace(/\D/g, '');
    return { whatsapp: number ? `https://wa.me/${number}?text=${encodeURIComponent(`start ${param}`)}` : null, telegram: bot ? `https://t.me/${bot}?start=${param}` : null };
  };

  async function pending(c: ShopContext): Promise<{ secret: string; code: string } | null> {
    const value = await getSignedCookie(c, cookieSecret, PENDING_COOKIE).catch(() => false);
    const m = typeof value === 'string' ? /^([A-Za-z0-9_-]{43})\.([A-Z0-9]{8})$/.exec(value) : null;
    return m ? { secret: m[1]!, code: m[2]! } : null;
  }

  async function show(c: ShopContext, view: SignInView, nonce?: string, status: 200 | 429 = 200) {
    const ctx = await shopContext(c, deps);
    const flash = status === 429 ? { problem: ctx.t('shop:signIn.tooMany') } : undefined;
    return renderPage(c, <SignInPage ctx={ctx} view={view} flash={flash} />, status, nonce ? { scriptNonce: nonce } : {});
  }

  app.get(
    '/masuk',
    shopRoute(deps, async (c) => {
      const available = Boolean(links('X').whatsapp ?? links('X').telegram);
      const mine = await pending(c);
      const state = mine ? await services.webSignIn.complete(mine.secret) : { state: 'none' as const };
      if (state.state === 'signedIn') {
        deleteCookie(c, PENDING_COOKIE, { path: '/' });
        const merged = await signInBrowser(c, services, cookieSecret, state.buyer);
        return show(c, { kind: 'signedIn', merged, name: state.name });
      }
      if (state.state === 'waiting' && mine) {
        const { whatsapp, telegram } = links(mine.code);
        const qrDataUri = whatsapp ? `data:image/svg+xml;base64,${Buffer.from(await qrCode().toString(whatsapp, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })).toString('base64')}` : null;
        const nonce = randomBytes(16).toString('base64');
        return show(c, { kind: 'code', code: mine.code, whatsapp, telegram, qrDataUri, minutes: WEB_SIGN_IN_MINUTES, nonce }, nonce);
      }
      if (await signedInBuyer(c, services, cookieSecret)) return show(c, { kind: 'signedIn', merged: false });
      return show(c, { kind: 'start', expired: state.state === 'expired', available });
    }),
  );

  app.post(
    '/masuk',
    shopRoute(deps, async (c) => {
      const decision = limiter.check([`ip:${clientKey(c)}`]);
      if (!decision.allowed) {
        c.header('Retry-After', String(decision.retryAfter));
        return show(c, { kind: 'start', expired: false, available: true }, undefined, 429);
      }
      const { code, browserSecret } = await services.webSignIn.start();
      await setSignedCookie(c, PENDING_COOKIE, `${browserSecret}.${code}`, cookieSecret, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: WEB_SIGN_IN_MINUTES * 60 });
      return c.redirect('/masuk', 303);
    }),
  );

  return app;
}
