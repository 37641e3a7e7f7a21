// The shop inside Telegram: the bot's menu button opens /tg as a Mini App. Its one script hands Telegram's
// launch data (the #tgWebAppData of the address) to POST /tg/session; the server checks Telegram's
// signature with the bot token and signs the browser in as that Telegram user, the same user as in the
// chat: the chat's cart and orders are on the pages (a guest cart of this browser joins them). Then on to
// the cart, or the product of a "p_CODE" start or of the chat card's "Beli" button (/tg?p=CODE).
// Without the launch data, or where Mini Apps are off, the page says to use the chat.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { verifyInitData } from '../../domain/lib/telegram-init-data.ts';
import { renderPage } from '../render-page.ts';
import { ShopFrame } from './pages/shop-frame.tsx';
import { shopContext, shopRoute, type ShopDeps } from './shop-page.ts';
import { signInBrowser } from './shop-session.ts';

// ?p=CODE: the product card's "Beli" button opens the Mini App at that product
const script = `(function(){var p=new URLSearchParams(location.hash.slice(1)).get('tgWebAppData')||'';var q=new URLSearchParams(location.search).get('p')||'';var s=document.getElementById('tg-state');
if(!p){s.hidden=false;return}
fetch('/tg/session',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({initData:p,product:q})}).then(function(r){return r.ok?r.json():null}).then(function(d){if(d&&d.next){location.replace(d.next)}else{s.hidden=false}}).catch(function(){s.hidden=false})})();`;

export function miniAppRoutes(deps: ShopDeps): Hono<AppEnv> {
  const { services, cookieSecret } = deps;
  const app = new Hono<AppEnv>();

  app.get(
    '/tg',
    shopRoute(deps, async (c) => {
      const ctx = await shopContext(c, deps);
      const nonce = randomBytes(16).toString('base64');
      const page = (
        <ShopFrame ctx={ctx} title={ctx.t('shop:miniApp.title')} path="/tg">
          <p>{ctx.t('shop:miniApp.opening')}</p>
          <p id="tg-state" hidden data-testid="tg-fallback">
            {ctx.t('shop:miniApp.fallback')} <a href="/keranjang">{ctx.t('shop:cart.title')}</a>
          </p>
          <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />
        </ShopFrame>
      );
      return renderPage(c, page, 200, { scriptNonce: nonce });
    }),
  );

  app.post(
    '/tg/session',
    shopRoute(deps, async (c) => {
      const body = (await c.req.json().catch(() => null)) as { initData?: unknown; product?: unknown } | null;
      const launch = deps.telegramBotToken && typeof body?.initData === 'string' ? verifyInitData(body.initData, deps.telegramBotToken, services.now()) : null;
      if (!launch) return c.json({ error: 'launch data refused' }, 401);
      const lang = launch.user.languageCode?.startsWith('en') ? 'en' : 'id';
      const buyer = await services.webBuyers.telegram(launch.user, lang);
      // a guest cart this browser filled before joins the Telegram user's
      await signInBrowser(c, services, cookieSecret, buyer);
      const asked = typeof body?.product === 'string' && /^[A-Za-z0-9]{2,20}$/.test(body.product) ? body.product : null;
      const code = launch.startParam?.startsWith('p_') ? launch.startParam.slice(2) : asked;
      return c.json({ next: code ? `/p/${encodeURIComponent(code)}?lang=${lang}` : `/keranjang?lang=${lang}` });
    }),
  );

  return app;
}
