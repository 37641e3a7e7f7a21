// Permit badges. They come from verified, issued licensing cases only (see product-view.ts), never from
// what a producer declared.
import { formatDate, type Lang, type TFunction } from '../../domain/lib/i18n.ts';
import type { PermitBadge } from '../../domain/services/product-view.ts';

export function PermitBadges({ permits, t, compact }: { permits: PermitBadge[]; t: TFunction; compact?: boolean }) {
  if (permits.length === 0) return null;
  return (
    <ul class="badges" aria-label={t('web:product.permits')}>
      {permits.map((p) => (
        <li class="badge" data-permit={p.type}>
          {compact || !p.number ? t(`web:permit.${p.type}`) : `${t(`web:permit.${p.type}`)} · ${t('web:permit.number', { number: p.number })}`}
        </li>
      ))}
    </ul>
  );
}

/** The long form on a product page: each permit with its number and expiry. */
export function PermitList({ permits, t, lang }: { permits: PermitBadge[]; t: TFunction; lang: Lang }) {
  if (permits.length === 0) return <p class="muted">{t('web:product.noPermits')}</p>;
  return (
    <ul class="badges" aria-label={t('web:product.permits')}>
      {permits.map((p) => (
        <li class="badge" data-permit={p.type} title={t('web:permit.verified')}>
          {[
            `✓ ${t(`web:permit.${p.type}`)}`,
            p.number ? t('web:permit.number', { number: p.number }) : null,
            p.expiresAt ? t('web:permit.expires', { date: formatDate(new Date(p.expiresAt), lang) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </li>
      ))}
    </ul>
  );
}
