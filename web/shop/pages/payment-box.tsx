// The payment part of the order page. Online: the QRIS to scan (drawn from the gateway's QR string) or
// the gateway's page, the amount and until when, and "check payment"; the page refreshes itself while it
// waits. By transfer: each accepted order's bank details and a proof upload; a producer who set no
// account is named as such, with their phone, never a blank "contact the producer for the account".
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';

export interface TransferOrder {
  id: string;
  number: string;
  status: string;
  totalIdr: number | null;
  producer: string;
  payTo: { bankName: string | null; bankAccount: string | null; bankHolder: string | null; phone: string | null } | null;
}

export type PaymentBlock =
  | { state: 'ready' | 'paid' | 'closed'; amountIdr: number; qrDataUri: string | null; redirectUrl: string | null; expiresAt: string; status: string }
  | { state: 'waitingShipping' }
  | { state: 'transfer'; orders: TransferOrder[] };

function action(link: string, name: string): string {
  const [path, query] = link.split('?');
  return `${path}/${name}?${query}`;
}

function Transfer({ ctx, orders, link }: { ctx: PageContext; orders: TransferOrder[]; link: string }) {
  const { t } = ctx;
  const due = orders.filter((o) => o.status === 'AWAITING_PAYMENT');
  if (due.length === 0) {
    const waiting = orders.some((o) => o.status === 'AWAITING_CONFIRMATION');
    return <p data-testid="pay-state">{waiting ? t('shop:pay.waitingProducer') : t('shop:pay.nothingDue')}</p>;
  }
  return (
    <>
      {due.map((o) => (
        <div class="payto" data-testid="pay-to">
          <p>
            <strong>{t('shop:pay.transferTo', { number: o.number, producer: o.producer, total: formatIdr(o.totalIdr ?? 0) })}</strong>
          </p>
          {o.payTo?.bankAccount ? (
            <p>
              {o.payTo.bankName} {o.payTo.bankAccount} · {t('shop:pay.holder', { name: o.payTo.bankHolder ?? o.producer })}
            </p>
          ) : (
            <p class="warn">{t('shop:pay.noBankAccount', { producer: o.producer, phone: o.payTo?.phone ?? '-' })}</p>
          )}
          <form method="post" action={action(link, 'bukti')} enctype="multipart/form-data">
            <input type="hidden" name="orderId" value={o.id} />
            <label>
              {t('shop:pay.proof')}
              <input type="file" name="proof" accept="image/jpeg,image/png,image/webp" required />
            </label>
            <button type="submit" class="small">
              {t('shop:pay.sendProof')}
            </button>
          </form>
        </div>
      ))}
    </>
  );
}

export function PaymentBox({ ctx, payment, link }: { ctx: PageContext; payment: PaymentBlock; link: string }) {
  const { t } = ctx;
  return (
    <section class="box pay" aria-labelledby="pay" data-testid="payment" data-state={payment.state}>
      <h2 id="pay">{t('shop:pay.title')}</h2>
      {payment.state === 'transfer' ? <Transfer ctx={ctx} orders={payment.orders} link={link} /> : null}
      {payment.state === 'waitingShipping' ? <p data-testid="pay-state">{t('shop:pay.waitingShipping')}</p> : null}
      {payment.state === 'paid' ? (
        <p class="flash notice" data-testid="pay-state">
          {t('shop:pay.paid', { amount: formatIdr(payment.amountIdr) })}
        </p>
      ) : null}
      {payment.state === 'closed' ? <p data-testid="pay-state">{t('shop:pay.closed', { status: payment.status })}</p> : null}
      {payment.state === 'ready' ? (
        <>
          <p data-testid="pay-state">
            {t('shop:pay.scan', { amount: formatIdr(payment.amountIdr) })} <span class="muted">{t('shop:pay.until', { time: formatDateTime(new Date(payment.expiresAt), ctx.lang) })}</span>
          </p>
          {payment.qrDataUri ? <img class="qris" src={payment.qrDataUri} width={260} height={260} alt={t('shop:pay.qrAlt', { amount: formatIdr(payment.amountIdr) })} data-testid="qris" /> : null}
          {payment.redirectUrl ? (
            <p>
              <a class="button primary big" href={payment.redirectUrl} rel="noopener" data-testid="pay-link">
                {t('shop:pay.open')}
              </a>
            </p>
          ) : null}
          <p class="muted small">{t('shop:pay.autoRefresh')}</p>
          <form method="post" action={action(link, 'cek')}>
            <button type="submit" class="alt" data-testid="check-payment">
              {t('shop:pay.check')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
