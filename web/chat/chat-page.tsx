// The web chat page: the conversation log, a text box, a photo button. Its script is inline with a nonce
// (the only script the site runs); its settings and texts travel in a JSON data block.
import type { Lang, TFunction } from '../../domain/lib/i18n.ts';
import { Layout } from '../layout.tsx';
import { scriptSafeJson } from '../script-safe-json.ts';
import { chatScript } from './chat-script.ts';

export interface ChatPageProps {
  lang: Lang;
  t: TFunction;
  publicUrl: string;
  switchHref: string;
  nonce: string;
  /** the deep link parameter of /chat?start=..., validated */
  start: string;
  maxPhotoBytes: number;
}

export function ChatPage(p: ChatPageProps) {
  const { t } = p;
  const keys = ['you', 'bot', 'photo', 'sending', 'offline', 'error', 'shareLocation', 'locationDenied', 'attach', 'noPhoto'] as const;
  const texts: Record<string, string> = Object.fromEntries(keys.map((k) => [k, t(`web:chat.${k}`)]));
  texts.tooLarge = t('web:chat.tooLarge', { maxMb: Math.round(p.maxPhotoBytes / (1024 * 1024)) });
  const config = { lang: p.lang, start: p.start, maxPhotoBytes: p.maxPhotoBytes, texts };
  return (
    <Layout
      lang={p.lang}
      t={t}
      publicUrl={p.publicUrl}
      switchHref={p.switchHref}
      meta={{ title: t('web:chat.title'), description: t('web:chat.description'), path: '/chat' }}
      foot={
        <>
          <script type="application/json" id="chat-config" dangerouslySetInnerHTML={{ __html: scriptSafeJson(config) }} />
          <script nonce={p.nonce} dangerouslySetInnerHTML={{ __html: chatScript }} />
        </>
      }
    >
      <h1>{t('web:chat.title')}</h1>
      <p class="muted">{t('web:chat.intro')}</p>
      <noscript>
        <p class="story">{t('web:chat.noScript')}</p>
      </noscript>
      <section class="chat" aria-label={t('web:chat.title')}>
        <div id="chat-log" role="log" aria-live="polite" aria-label={t('web:chat.log')} tabindex={0} />
        <p id="chat-status" role="status" />
        <form id="chat-form" autocomplete="off">
          <label for="chat-input" class="vh">
            {t('web:chat.inputLabel')}
          </label>
          <input id="chat-input" name="text" type="text" maxlength={4000} placeholder={t('web:chat.placeholder')} enterkeyhint="send" />
          <button type="submit">{t('web:chat.send')}</button>
          <label class="attach">
            <span aria-hidden="true">📷 </span>
            {t('web:chat.photo')}
            <span class="vh"> — {t('web:chat.attach')}</span>
            <input id="chat-photo" type="file" accept="image/jpeg,image/png,image/webp" class="vh" />
          </label>
          <button type="button" id="chat-restart" class="button alt">
            {t('web:chat.restart')}
          </button>
        </form>
      </section>
    </Layout>
  );
}
