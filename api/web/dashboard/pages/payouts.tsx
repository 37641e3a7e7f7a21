// Admins: producers owed money for orders paid online (bank details to transfer to), the latest transfers,
// and the CSV of both. Marking a transfer happens in the chat or through the API (markPayoutTransferred).
import { formatIdr } from '../../../lib/i18n.ts';
import type { BalanceRow } from '../../../repositories/payout.repository.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

export interface PayoutHistoryRow {
  businessName: string;
  amountIdr: number;
  reference: string;
  at: string;
}

export function PayoutsPage({ ctx, owed, history, official }: { ctx: PageContext; owed: BalanceRow[]; history: PayoutHistoryRow[]; official: Official }) {
  const { t } = ctx;
  const n = (key: string) => t(`payment:dashboard.${key}`);
  return (
    <DashboardPage ctx={ctx} section="payouts" title={n('title')} path="/dashboard/payouts" official={official}>
      <p>{n('intro')}</p>
      <p>
        <a href="/dashboard/export/payouts.csv">{n('csv')}</a>
      </p>
      {owed.length === 0 ? (
        <p class="notice" data-testid="empty">
          {n('empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="data" data-testid="payouts-table">
            <thead>
              <tr>
                <th scope="col">{n('producer')}</th>
                <th scope="col">{n('bank')}</th>
                <th scope="col">{n('owed')}</th>
              </tr>
            </thead>
            <tbody>
              {owed.map((b) => (
                <tr data-producer={b.producerId}>
                  <th scope="row">{b.businessName}</th>
                  <td>{[b.bankName, b.bankAccount, b.bankHolder].filter(Boolean).join(' ') || '-'}</td>
                  <td>{formatIdr(b.balanceIdr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.length > 0 ? (
        <div class="table-wrap">
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
