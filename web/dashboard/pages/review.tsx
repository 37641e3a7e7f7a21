// One submission reviewed in the browser, through the same curation service as the chat: every photo, the
// texts in both languages, price, permits, packaging, restricted-goods flags and the history of earlier
// rounds; then three forms: approve with the rubric's scores (optionally as the month's flagship), ask for a
// fix with a note per field, or refuse with one reason (no scores). Each form carries the session's CSRF
// token; radio groups are fieldsets with legends, so the page works by keyboard and screen reader alone.
import { criterionKeys } from '../../../domain/curation/rubric.ts';
import { fixableFields, type HistoryEntry } from '../../../domain/curation/history.ts';
import { formatDateTime, formatIdr, monthName } from '../../../domain/lib/i18n.ts';
import type { ReviewSummary } from '../../../domain/services/curation.service.ts';
import type { Rubric } from '../../../domain/curation/rubric.ts';
import { categoryName } from '../../components/view-text.ts';
import type { PageContext } from '../../storefront/pages/page-context.ts';
import { DashboardPage, type Official } from '../dashboard-layout.tsx';

export interface ReviewPageProps {
  ctx: PageContext;
  product: ReviewSummary;
  history: { entries: HistoryEntry[]; changedSinceRequest: string[] };
  rubric: Rubric;
  official: Official;
  csrf: string;
  month: string;
  problem?: string;
}

/** chat texts carry emoji the dashboard's fonts may lack (a box on a phone): the words alone */
const plain = (text: string) => text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*/gu, '').trim();

const photoHref = (id: string, n: number, thumb = false) => `/dashboard/curation/${encodeURIComponent(id)}/photo/${n}${thumb ? '?thumb=1' : ''}`;
export { photoHref };

function HistoryList({ ctx, entries }: { ctx: PageContext; entries: HistoryEntry[] }) {
  const { t, lang } = ctx;
  if (entries.length === 0) return <p class="muted">{t('producer:history.empty')}</p>;
  const date = (at: Date) => formatDateTime(at, lang);
  return (
    <ol class="history" data-testid="history">
      {entries.map((e) => (
        <li>
          {plain(e.kind === 'changed'
            ? t('producer:history.changed', { date: date(e.at), fields: e.fields.map((f) => t(`producer:fields.${f}`)).join(', ') })
            : e.kind === 'decision'
              ? t(`producer:history.decision.${e.decision}`, { date: date(e.at) })
              : t(`producer:history.${e.kind}`, { date: date(e.at) }))}
          {e.kind === 'decision' && (e.note || Object.keys(e.fieldNotes).length) ? (
            <ul>
              {e.note ? <li>{e.note}</li> : null}
              {Object.entries(e.fieldNotes).map(([field, note]) => (
                <li>
                  {t(`producer:fields.${field}`)}: {note}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function ReviewPage({ ctx, product: p, history, rubric, official, csrf, month, problem }: ReviewPageProps) {
  const { t, lang } = ctx;
  const r = (key: string, params: Record<string, unknown> = {}) => t(`dashboard:review.${key}`, params);
  const declared = [p.declared.halal && `Halal ${p.declared.halal}`, p.declared.pirt && `P-IRT ${p.declared.pirt}`, p.declared.bpom && `BPOM MD ${p.declared.bpom}`].filter(Boolean) as string[];
  const action = `/dashboard/curation/${encodeURIComponent(p.id)}/decide`;
  const open = p.status === 'SUBMITTED' || p.status === 'IN_REVIEW';
  const forbidden = p.restrictions.some((x) => x.requires === 'forbidden');
  return (
    <DashboardPage ctx={ctx} section="curation" title={r('title', { name: p.name, code: p.code })} path={`/dashboard/curation/${p.id}`} official={official}>
      <p>
        <a href="/dashboard/curation">{r('back')}</a>
      </p>
      {problem ? (
        <p class="problem" role="alert" data-testid="problem">
          {problem}
        </p>
      ) : null}
      {p.restrictions.map((x) => (
        <p class="problem flag" data-testid="restricted">
          {plain(t('official:review.restricted', {
            kind: t(`producer:restricted.kind.${x.key}`),
            matched: x.matched,
            rule: x.requires === 'forbidden' ? t('official:review.ruleForbidden') : t('official:review.ruleLicence', { licence: t(`producer:restricted.licence.${x.key}`), given: p.restrictedLicence || t('official:review.noLicence') }),
          }))}
        </p>
      ))}
      {history.changedSinceRequest.length ? (
        <p class="notice" data-testid="fix-round">
          {plain(t('official:review.fixRound', { fields: history.changedSinceRequest.map((f) => t(`producer:fields.${f}`)).join(', ') }))}
        </p>
      ) : null}
      <section aria-labelledby="photos-h">
        <h2 id="photos-h">{r('photos', { count: p.photos.length })}</h2>
        <ul class="photos">
          {p.photos.map((_, i) => (
            <li>
              <a href={photoHref(p.id, i)}>
                <img src={photoHref(p.id, i, true)} alt={r('photoAlt', { n: i + 1, name: p.name })} width="160" height="160" loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="facts-h">
        <h2 id="facts-h">{r('facts')}</h2>
        <dl class="facts" data-testid="facts">
          <dt>{r('producer')}</dt>
          <dd>
            {p.producer.businessName} ({p.producer.ownerName}), {p.producer.village}, {p.producer.district}, {p.region.name}
          </dd>
          <dt>{r('category')}</dt>
          <dd>{categoryName(p.category, lang)}</dd>
          <dt>{r('price')}</dt>
          <dd>
            {formatIdr(p.priceIdr)} / {p.unit} · {r('stock', { stock: p.stock })}
          </dd>
          <dt>{r('packaging')}</dt>
          <dd>{t(`official:packaging.${p.packagingState}`)}</dd>
          <dt>{r('permits')}</dt>
          <dd>{declared.length ? declared.join(', ') : r('none')}</dd>
          {p.restrictedLicence ? (
            <>
              <dt>{t('producer:fields.restrictedLicence')}</dt>
              <dd>{p.restrictedLicence}</dd>
            </>
          ) : null}
          <dt lang="id">{r('textId')}</dt>
          <dd lang="id">
            <strong>{p.name}</strong>
            <br />
            {p.description}
          </dd>
          <dt lang="en">{r('textEn')}</dt>
          <dd lang="en">
            {p.nameEn || p.descriptionEn ? (
              <>
                <strong>{p.nameEn ?? '-'}</strong>
                <br />
                {p.descriptionEn ?? '-'}
              </>
            ) : (
              r('noEnglish')
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">{r('history')}</h2>
        <HistoryList ctx={ctx} entries={history.entries} />
      </section>
      {!open ? (
        <p class="notice" data-testid="decided">
          {r('notOpen', { status: t(`producer:status.${p.status}`) })}
        </p>
      ) : (
        <>
          {forbidden ? null : (
            <form method="post" action={action} class="review" data-testid="approve-form">
              <h2>{r('approveTitle')}</h2>
              <input type="hidden" name="csrf" value={csrf} />
              <input type="hidden" name="decision" value="APPROVE" />
              {rubric.criteria.map((c) => (
                <fieldset class="score" aria-describedby={`q-${c.key}`}>
                  <legend>
                    {t(`official:rubric.${c.key}.label`)} ({c.weight}%)
                  </legend>
                  <p class="q" id={`q-${c.key}`}>
                    {t(`official:rubric.${c.key}.question`)}
                  </p>
                  <div class="scale">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <label>
                        <input type="radio" name={`score.${c.key}`} value={String(n)} required />
                        {n}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
              <label class="check">
                <input type="checkbox" name="designateFlagship" value="1" /> {r('designate', { region: p.region.name, month: monthName(month, lang) })}
              </label>
              <label>
                {r('approveNote')}
                <textarea name="notes" rows={2} maxLength={1000}></textarea>
              </label>
              <button type="submit" class="button">
                {r('approve')}
              </button>
            </form>
          )}
          <form method="post" action={action} class="review" data-testid="changes-form">
            <h2>{r('changesTitle')}</h2>
            <p class="muted">{r('changesHelp')}</p>
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="decision" value="REQUEST_CHANGES" />
            {fixableFields
              .filter((f) => f !== 'restrictedLicence' || p.restrictions.length > 0)
              .map((f) => (
                <label>
                  {t(`producer:fields.${f}`)}
                  <input type="text" name={`field.${f}`} maxLength={500} />
                </label>
              ))}
            <label>
              {r('generalNote')}
              <textarea name="notes" rows={2} maxLength={1000}></textarea>
            </label>
            <button type="submit" class="button alt">
              {r('requestChanges')}
            </button>
          </form>
          <form method="post" action={action} class="review" data-testid="reject-form">
            <h2>{r('rejectTitle')}</h2>
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="decision" value="REJECT" />
            <label>
              {r('reason')}
              <textarea name="notes" rows={2} maxLength={1000} required minLength={3}></textarea>
            </label>
            <button type="submit" class="button alt">
              {r('reject')}
            </button>
          </form>
        </>
      )}
    </DashboardPage>
  );
}

/** the form's fields → the curation service's decision input */
export function decisionOfForm(body: Record<string, unknown>): { decision: string; scores?: Record<string, number>; notes?: string; fieldNotes?: Record<string, string>; designateFlagship: boolean } {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 1000).trim() : '');
  const decision = text('decision');
  const scores = Object.fromEntries(criterionKeys.map((k) => [k, Number(text(`score.${k}`))]));
  const allScored = criterionKeys.every((k) => Number.isInteger(scores[k]) && scores[k]! >= 1 && scores[k]! <= 5);
  const fieldNotes = Object.fromEntries(fixableFields.map((f) => [f, text(`field.${f}`)]).filter(([, v]) => v));
  return {
    decision,
    ...(decision === 'APPROVE' || allScored ? { scores } : {}),
    ...(text('notes') ? { notes: text('notes') } : {}),
    ...(Object.keys(fieldNotes).length ? { fieldNotes } : {}),
    designateFlagship: decision === 'APPROVE' && text('designateFlagship') === '1',
  };
}
