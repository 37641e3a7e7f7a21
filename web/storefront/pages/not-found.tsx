// The 404 page, in the visitor's language, with the way back.
import { SearchForm } from '../../components/search-form.tsx';
import { Layout } from '../../layout.tsx';
import type { PageContext } from './page-context.ts';

export function NotFoundPage({ ctx, path }: { ctx: PageContext; path: string }) {
  const { t, lang } = ctx;
  return (
    <Layout lang={lang} t={t} publicUrl={ctx.publicUrl} switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx} meta={{ title: t('web:notFound.title'), description: t('web:notFound.text'), path, noindex: true }}>
      <h1>{t('web:notFound.title')}</h1>
      <p>{t('web:notFound.text')}</p>
      <SearchForm t={t} />
      <p>
        <a href="/">{t('web:notFound.back')}</a> · <a href="/katalog">{t('web:notFound.catalog')}</a>
      </p>
    </Layout>
  );
}

/** When reading the catalogue failed (database down): a page, not a JSON error, for people. */
export function ErrorPage({ ctx, path }: { ctx: PageContext; path: string }) {
  const { t, lang } = ctx;
  return (
    <Layout lang={lang} t={t} publicUrl={ctx.publicUrl} switchHref={ctx.switchHref} cartCount={ctx.cartCount} picker={ctx} meta={{ title: t('web:error.title'), description: t('web:error.text'), path, noindex: true }}>
      <h1>{t('web:error.title')}</h1>
      <p>{t('web:error.text')}</p>
      <p>
        <a href="/">{t('web:notFound.back')}</a>
      </p>
    </Layout>
  );
}
