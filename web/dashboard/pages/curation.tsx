// The curation queue of the official's regencies (all for admins), oldest submission first. Deciding
// happens in the chat or the API, where the rubric is; this page is for seeing the whole queue at once.
import { formatDateTime, formatIdr } from '../../../domain/lib/i18n.ts';
import type { ReviewSummary } from '../../../domain/services/curation.service.ts';
import { categoryName } from '../../components/view-text.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

export function CurationPage({ ctx, queue, official }: { ctx: PageContext; queue: ReviewSummary[]; official: Official }) {
  const { t, lang } = ctx;
  const n = (key: string) => t(`dashboard:curation.columns.${key}`);
  return (
    <DashboardPage ctx={ctx} section="curation" title={t('dashboard:curation.title')} path="/dashboard/curation" official={official}>
      <p>{t('dashboard:curation.intro', { count: queue.length })}</p>
      {queue.length === 0 ? (
        <p class="notice" data-testid="empty">
          {t('dashboard:curation.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="data" data-testid="curation-table">
            <caption>{t('dashboard:curation.caption', { count: queue.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{n('code')}</th>
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
                  <td>{p.code}</td>
                  <th scope="row">{lang === 'en' && p.nameEn ? p.nameEn : p.name}</th>
                  <td>
                    {p.producer.businessName}
                    <br />
                    <span class="muted">{p.producer.village}</span>
                  </td>
                  <td>{p.region.name}</td>
                  <td>{categoryName(p.category, lang)}</td>
                  <td class="num">{formatIdr(p.priceIdr)}</td>
                  <td>{t(`producer:status.${p.status}`)}</td>
                  <td>{p.submittedAt ? formatDateTime(p.submittedAt, lang) : '-'}</td>
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
