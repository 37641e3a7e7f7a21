// The sign-in page: ask for a code (sent to the official's chat), type it, or paste an API token. Three plain
// forms, no script; the identifier typed once is carried into the code form.
import { DashboardPage } from '../dashboard-layout.tsx';
import type { PageContext } from '../../storefront/pages/page-context.ts';

export interface SignInState {
  identifier?: string;
  /** a confirmation to show (code requested, signed out) */
  notice?: 'codeSent' | 'signedOut';
  /** an error message, already in the page language */
  problem?: string;
}

export function SignInPage({ ctx, state }: { ctx: PageContext; state: SignInState }) {
  const { t } = ctx;
  const identifier = state.identifier ?? '';
  return (
    <DashboardPage ctx={ctx} section="signIn" title={t('dashboard:signIn.title')} path="/dashboard/sign-in">
      <p>{t('dashboard:signIn.intro')}</p>
      {state.notice ? (
        <p class="notice" role="status" data-testid="notice">
          {t(`dashboard:signIn.${state.notice}`)}
        </p>
      ) : null}
      {state.problem ? (
        <p class="problem" role="alert" data-testid="problem">
          {state.problem}
        </p>
      ) : null}

      <section aria-labelledby="step-request">
        <h2 id="step-request">{t('dashboard:signIn.requestTitle')}</h2>
        <form method="post" action="/dashboard/sign-in/code" class="stack" data-testid="request-form">
          <label>
            {t('dashboard:signIn.identifier')}
            <small>{t('dashboard:signIn.identifierHint')}</small>
            <input name="identifier" value={identifier} required maxlength={100} autocomplete="username" spellcheck={false} />
          </label>
          <button type="submit">{t('dashboard:signIn.requestButton')}</button>
        </form>
      </section>

      <section aria-labelledby="step-code">
        <h2 id="step-code">{t('dashboard:signIn.codeTitle')}</h2>
        <form method="post" action="/dashboard/sign-in/verify" class="stack" data-testid="code-form">
          <label>
            {t('dashboard:signIn.identifier')}
            <input name="identifier" value={identifier} required maxlength={100} autocomplete="username" spellcheck={false} />
          </label>
          <label>
            {t('dashboard:signIn.code')}
            <small>{t('dashboard:signIn.codeHint')}</small>
            <input name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength={6} autocomplete="one-time-code" autofocus={state.notice === 'codeSent'} />
          </label>
          <button type="submit">{t('dashboard:signIn.codeButton')}</button>
        </form>
      </section>

      <section aria-labelledby="step-token">
        <h2 id="step-token">{t('dashboard:signIn.tokenTitle')}</h2>
        <form method="post" action="/dashboard/sign-in/token" class="stack" data-testid="token-form">
          <label>
            {t('dashboard:signIn.token')}
            <small>{t('dashboard:signIn.tokenHint')}</small>
            <input name="token" type="password" required maxlength={120} autocomplete="off" spellcheck={false} />
          </label>
          <button type="submit">{t('dashboard:signIn.tokenButton')}</button>
        </form>
      </section>
    </DashboardPage>
  );
}
