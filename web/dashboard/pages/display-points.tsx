// The display points of the offline network (airports, ports, hotels, exhibition spaces): where they are and
// whether the official may place products there.
import type { PointView } from '../../../domain/services/display-view.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

export type PointRow = PointView & { manageable: boolean };

export function DisplayPointsPage({ ctx, points, official }: { ctx: PageContext; points: PointRow[]; official: Official }) {
  const { t } = ctx;
  const n = (key: string) => t(`dashboard:display.columns.${key}`);
  return (
    <DashboardPage ctx={ctx} section="display" title={t('dashboard:display.title')} path="/dashboard/display" official={official}>
      <p>{t('dashboard:display.intro', { count: points.length })}</p>
      {points.length === 0 ? (
        <p class="notice" data-testid="empty">
          {t('dashboard:display.empty')}
        </p>
      ) : (
        <div class="table-wrap" role="region" tabindex={0} aria-label={t('dashboard:scroll.label')} data-hint={t('dashboard:scroll.hint')}>
          <table class="data" data-testid="display-table">
            <caption>{t('dashboard:display.caption', { count: points.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{n('code')}</th>
                <th scope="col">{n('name')}</th>
                <th scope="col">{n('kind')}</th>
                <th scope="col">{n('city')}</th>
                <th scope="col">{n('region')}</th>
                <th scope="col">{n('contact')}</th>
                <th scope="col">{n('manageable')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr data-point={p.code}>
                  <td>{p.code}</td>
                  <th scope="row">{p.name}</th>
                  <td>{t(`display:kinds.${p.kind}`)}</td>
                  <td>{p.city}</td>
                  <td>{p.regionName ?? t('display:point.outsideNtt')}</td>
                  <td>{p.contact ?? '-'}</td>
                  <td>{p.manageable ? <span class="tag ok">{t('dashboard:display.yes')}</span> : t('dashboard:display.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardPage>
  );
}
