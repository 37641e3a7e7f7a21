// The web shop's sign-in through the chat: a button that makes a one-time code, then the code with the
// links carrying it to the bot (WhatsApp, Telegram) and a QR of the WhatsApp link for a computer's visitor,
// while the page checks by itself whether the chat has confirmed it.
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { ShopFrame, type Flash } from './shop-frame.tsx';

export type SignInView =
  | { kind: 'start'; expired: boolean; available: boolean }
  | { kind: 'code'; code: string; whatsapp: string | null; telegram: string | null; qrDataUri: string | null; minutes: number; nonce: string }
  /** name: the account's, right after signing in (someone else's name here means a code was not this person's) */
  | { kind: 'signedIn'; merged: boolean; name?: string };

const reload = 'setTimeout(function(){location.reload()},3000);';

export function SignInPage({ ctx, view, flash }: { ctx: PageContext; view: SignInView; flash?: Flash }) {
  const { t } = ctx;
  return (
    <ShopFrame ctx={ctx} title={t('shop:signIn.title')} path="/masuk" flash={flash}>
      {view.kind === 'signedIn' ? (
        <>
          <p data-testid="signed-in">{view.name ? t('shop:signIn.signedInAs', { name: view.name }) : t('shop:signIn.signedIn')}</p>
          {view.merged ? <p class="flash notice" data-testid="merged">{t('shop:signIn.merged')}</p> : null}
          <p>
            <a class="button primary" href="/keranjang">{t('shop:cart.title')}</a>
          </p>
        </>
      ) : view.kind === 'start' ? (
        <>
          <p>{t('shop:signIn.intro')}</p>
          {view.expired ? <p class="warn">{t('shop:signIn.expired')}</p> : null}
          {view.available ? (
            <form method="post" action="/masuk">
              <button type="submit" class="primary" data-testid="sign-in-start">
                {t('shop:signIn.start')}
              </button>
            </form>
          ) : (
            <p class="warn">{t('shop:signIn.unavailable')}</p>
          )}
        </>
      ) : (
        <>
          <p class="price" data-testid="sign-in-code">{t('shop:signIn.code', { code: view.code })}</p>
          <p>{t('shop:signIn.send')}</p>
          <p>
            {view.whatsapp ? <a class="button primary" href={view.whatsapp} data-testid="sign-in-whatsapp">{t('shop:signIn.openWhatsapp')}</a> : null}{' '}
            {view.telegram ? <a class="button alt" href={view.telegram} data-testid="sign-in-telegram">{t('shop:signIn.openTelegram')}</a> : null}
          </p>
          {view.qrDataUri ? (
            <p>
              {t('shop:signIn.qr')}
              <br />
              <img src={view.qrDataUri} width="180" height="180" alt={t('shop:signIn.openWhatsapp')} />
            </p>
          ) : null}
          <p class="muted" role="status">{t('shop:signIn.waiting')}</p>
          <p class="muted">{t('shop:signIn.expires', { minutes: view.minutes })}</p>
          <script nonce={view.nonce} dangerouslySetInnerHTML={{ __html: reload }} />
        </>
      )}
    </ShopFrame>
  );
}
