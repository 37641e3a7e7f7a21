// Admins: producers owed money for orders paid online (bank details to transfer to), the latest transfers,
// and the CSV of both. A transfer is marked here (a form per producer: the reference, and the balance the
// admin saw, so a balance that changed meanwhile is refused), in the chat or through the API.
import { formatIdr } from '../../../domain/lib/i18n.ts';
import type { BalanceRow } from '../../../domain/repositories/payout.repository.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

export interface PayoutHistoryRow {
  businessName: string;
  amountIdr: number;
  reference: string;
  at: string;
}

export interface PayoutsPageProps {
  ctx: PageContext;
  owed: BalanceRow[];
  history: PayoutHistoryRow[];
  official: Official;
  /** after a transfer was marked */
  notice?: string;
  /** a refused mark, with the reference typed so it is not lost */
  problem?: { text: string; producerId?: string; reference?: string };
}

function MarkForm({ ctx, row, reference }: { ctx: PageContext; row: BalanceRow; reference?: string }) {
  const { t } = ctx;
  const id = `ref-${row.producerId}`;
  return (
    <form method="post" action="/dashboard/payouts/mark" class="inline" data-testid="mark-form">
      <input type="hidden" name="producerId" value={row.producerId} />
      <input type="hidden" name="amountIdr" value={String(row.balanceIdr)} />
      <label for={id} class="vh">
        {t('payout-form:referenceLabel', { producer: row.businessName })}
      </label>
      <input id={id} type="text" name="reference" required minlength={3} maxlength={100} value={reference ?? ''} placeholder={t('payout-form:referencePlaceholder')} />
      <button type="submit" class="button">
        {t('payout-form:button')}
      </button>
    </form>
  );
}

export function PayoutsPage({ ctx, owed, history, official, notice, problem }: PayoutsPageProps) {
  const { t } = ctx;
  const n = (key: string) => t(`payment:dashboard.${key}`);
  return (
    <DashboardPage ctx={ctx} section="payouts" title={n('title')} path="/dashboard/payouts" official={official}>
      {notice ? (
        <p class="notice" role="status" data-testid="notice">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p class="problem" role="alert" data-testid="problem">
          {problem.text}
        </p>
      ) : null}
      <p>{n('intro')}</p>
      <p>
        <a href="/dashboard/export/payouts.csv">{n('csv')}</a>
      </p>
      {owed.length === 0 ? (
        <p class="notice" data-testid="empty">
          {n('empty')}
        </p>
      ) : (
        <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
          <table class="data" data-testid="payouts-table">
            <thead>
              <tr>
                <th scope="col">{n('producer')}</th>
                <th scope="col">{n('bank')}</th>
                <th scope="col">{n('owed')}</th>
                <th scope="col">{t('payout-form:mark')}</th>
              </tr>
            </thead>
            <tbody>
              {owed.map((b) => (
                <tr data-producer={b.producerId}>
                  <th scope="row">{b.businessName}</th>
                  <td>{[b.bankName, b.bankAccount, b.bankHolder].filter(Boolean).join(' ') || '-'}</td>
                  <td>{formatIdr(b.balanceIdr)}</td>
                  <td>
                    <MarkForm ctx={ctx} row={b} reference={problem?.producerId === b.producerId ? problem.reference : undefined} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.length > 0 ? (
        <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
          <table class="data" data-testid="payouts-history">
            <caption>{n('history')}</caption>
            <thead>
              <tr>
                <th scope="col">{n('producer')}</th>
                <th scope="col">{n('owed')}</th>
                <th scope="col">{n('reference')}</th>
                <th scope="col">{n('at')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((p) => (
                <tr>
                  <th scope="row">{p.businessName}</th>
                  <td>{formatIdr(p.amountIdr)}</td>
                  <td>{p.reference}</td>
                  <td>{p.at}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </DashboardPage>
  );
}
