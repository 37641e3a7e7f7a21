// The search box of the home page (a GET form to the catalogue: works without JavaScript).
import type { TFunction } from '../../domain/lib/i18n.ts';

export function SearchForm({ t, q }: { t: TFunction; q?: string }) {
  return (
    <form class="search" action="/katalog" method="get" role="search">
      <label for="q" class="vh">
        {t('web:search.label')}
      </label>
      <input id="q" name="q" type="search" value={q ?? ''} placeholder={t('web:search.placeholder')} maxlength={100} autocomplete="off" />
      <button type="submit">{t('web:search.button')}</button>
    </form>
  );
}
