// The curation queue of the official's regencies (all for admins), oldest submission first, each with its
// first photo, its restricted-goods flag and a link to its review page. On a phone the table becomes one
// card per product (the stylesheet reads the column names from data-label).
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { ReviewSummary } from '../../../domain/services/curation.service.ts';
import { categoryName } from '../../components/view-text.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';
import { photoHref } from './review.tsx';

export function CurationPage({ ctx, queue, official, decided }: { ctx: PageContext; queue: ReviewSummary[]; official: Official; decided?: ReviewSummary }) {
  const { t, lang } = ctx;
  const n = (key: string) => t(`dashboard:curation.columns.${key}`);
  return (
    <DashboardPage ctx={ctx} section="curation" title={t('dashboard:curation.title')} path="/dashboard/curation" official={official}>
      {decided ? (
        <p class="notice" role="status" data-testid="decided-notice">
          {t('dashboard:review.decidedNotice', { name: decided.name, code: decided.code, status: t(`producer:status.${decided.status}`) })}
        </p>
      ) : null}
      <p>{t('dashboard:curation.intro', { count: queue.length })}</p>
      {queue.length === 0 ? (
        <p class="notice" data-testid="empty">
          {t('dashboard:curation.empty')}
        </p>
      ) : (
        <div class="table-wrap cards" role="region" aria-labelledby="queue-caption" tabindex={0}>
          <table class="data" data-testid="curation-table">
            <caption id="queue-caption">{t('dashboard:curation.caption', { count: queue.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{n('photo')}</th>
                <th scope="col">{n('product')}</th>
                <th scope="col">{n('producer')}</th>
                <th scope="col">{n('region')}</th>
                <th scope="col">{n('category')}</th>
                <th scope="col" class="num">{n('price')}</th>
                <th scope="col">{n('status')}</th>
                <th scope="col">{n('submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((p) => (
                <tr data-product={p.code}>
                  <td class="thumb" data-label={n('photo')}>
                    {p.photos[0] ? <img src={photoHref(p.id, 0, true)} alt="" width="64" height="64" loading="lazy" /> : <span class="muted">{t('dashboard:review.noPhoto')}</span>}
                  </td>
                  <th scope="row" data-label={n('product')}>
                    <a href={`/dashboard/curation/${encodeURIComponent(p.id)}`}>{lang === 'en' && p.nameEn ? p.nameEn : p.name}</a> <span class="muted">({p.code})</span>
                    {p.restrictions.length ? (
                      <>
                        {' '}
                        <span class="tag warn" data-testid="restricted-tag">
                          {t('dashboard:review.restrictedTag', { kind: t(`producer:restricted.kind.${p.restrictions[0]!.key}`) })}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td data-label={n('producer')}>
                    {p.producer.businessName}
                    <br />
                    <span class="muted">{p.producer.village}</span>
                  </td>
                  <td data-label={n('region')}>{p.region.name}</td>
                  <td data-label={n('category')}>{categoryName(p.category, lang)}</td>
                  <td class="num" data-label={n('price')}>
                    {formatIdr(p.priceIdr)}
                  </td>
                  <td data-label={n('status')}>{t(`producer:status.${p.status}`)}</td>
                  <td data-label={n('submittedAt')}>{p.submittedAt ? formatDateTime(p.submittedAt, lang) : '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">{t('dashboard:curation.howTo')}</p>
    </DashboardPage>
  );
}
