// A text a producer wrote, in the page's language: the English version when there is one; otherwise the
// Indonesian, marked as such (lang="id" for screen readers and translators, and a visible note).
import type { Lang, TFunction } from '../../domain/lib/i18n.ts';

export function LocalizedText(props: { id: string; en: string | null | undefined; lang: Lang; t: TFunction; class?: string; testId?: string }) {
  if (props.lang === 'id') return <p class={props.class} data-testid={props.testId}>{props.id}</p>;
  if (props.en) return <p class={props.class} data-testid={props.testId}>{props.en}</p>;
  return (
    <>
      <p class={props.class} lang="id" data-testid={props.testId}>
        {props.id}
      </p>
      <p class="muted fallback" data-testid="fallback-note">
        {props.t('english:fallbackNote')}
      </p>
    </>
  );
}
