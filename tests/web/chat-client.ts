// A web chat client over app.request(): keeps the cookie like a browser, sends turns, taps buttons of the
// last menu, reads the event stream.
import type { WebMessage } from '../../domain/chat/web-chat.ts';
import { cookieJar, type WebHarness } from './web-harness.ts';

export interface SendResult {
  status: number;
  body: { messages?: WebMessage[]; error?: { code: string; message: string }; lang?: string };
  res: Response;
}

export function chatClient(h: WebHarness, options: { ip?: string } = {}) {
  const jar = cookieJar();
  let lastMenu: { menuToken?: string; options: { label: string; value?: string }[] } | undefined;
  const headers = (extra: Record<string, string> = {}) => ({ ...(jar.cookies.size ? { cookie: jar.header() } : {}), ...(options.ip ? { 'x-forwarded-for': options.ip } : {}), ...extra });

  async function post(body: unknown, extra: Record<string, string> = {}): Promise<SendResult> {
    const init: RequestInit =
      body instanceof FormData ? { method: 'POST', body, headers: headers(extra) } : { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: headers({ 'content-type': 'application/json', ...extra }) };
    const res = await h.app.request('/chat/api/send', init);
    jar.store(res);
    const parsed = (await res.json()) as SendResult['body'];
    const menu = [...(parsed.messages ?? [])].reverse().find((m) => m.type === 'choices' || (m.type === 'photo' && m.options));
    if (menu && (menu.type === 'choices' || menu.type === 'photo')) lastMenu = { menuToken: menu.menuToken, options: menu.options ?? [] };
    return { status: res.status, body: parsed, res };
  }

  return {
    jar,
    headers,
    post,
    say: (text: string) => post({ text }),
    start: (param = '') => post({ start: param }),
    async tap(label: string) {
      const option = lastMenu?.options.find((o) => o.value && o.label.toLowerCase().includes(label.toLowerCase()));
      if (!option) throw new Error(`no option "${label}" in ${JSON.stringify(lastMenu?.options.map((o) => o.label))}`);
      return post({ choice: { value: option.value, menuToken: option.value!.startsWith('!') ? undefined : lastMenu!.menuToken } });
    },
    lastMenu: () => lastMenu,
    get: async (path: string) => {
      const res = await h.app.request(path, { headers: headers() });
      jar.store(res);
      return res;
    },
  };
}

export const textOf = (messages: WebMessage[] | undefined): string =>
  (messages ?? [])
    .map((m) => (m.type === 'photo' ? (m.caption ?? '') : m.text) + ('options' in m && m.options ? `\n${m.options.map((o) => `[${o.label}]`).join(' ')}` : ''))
    .join('\n---\n');

/** Reads a server-sent event stream until `done(text)` holds or the time is up; then cancels it. */
export async function readStream(res: Response, done: (text: string) => boolean, ms = 5_000): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (!done(text) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, deadline - Date.now())))]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text;
}
