// Two ways to send a buyer's messages: straight into the engine (in-process, buttons pressed by their
// value with the menu token, like Telegram), or through the running server's console operation over HTTP
// (menus answered by number, like WhatsApp), with the generated API client. Both time every event and fail loudly when the bot answers
// with an internal error or without the option the journey expects.
import { translator } from '../../domain/lib/i18n.ts';
import { request } from 'node:http';
import { localClient, type ApiClient } from '../../api/client/client.ts';
import type { InboundBody, Option, OutMessage } from '../../domain/chat/message.ts';
import { JourneyError, type BuyerDriver } from './buyer-journey.ts';
import type { ChatRig } from './chat-rig.ts';

export interface TurnStats {
  /** milliseconds from handing the event over to having the answer, one per event */
  latencies: number[];
}

const internalError = translator('id')('engine:internalError');

function textOf(messages: OutMessage[]): string {
  return messages
    .map((m) => {
      if (m.type === 'photo') return `${m.caption ?? ''}\n${(m.options ?? []).map((o) => o.label).join('\n')}`;
      if (m.type === 'choices') return `${m.text}\n${m.options.map((o) => o.label).join('\n')}`;
      if (m.type === 'document') return `${m.caption ?? ''}\n${m.filename}`;
      return m.text;
    })
    .join('\n');
}

export function engineDriver(rig: ChatRig, chatId: string, stats: TurnStats): BuyerDriver {
  let seq = 0;
  let last: OutMessage[] = [];
  let menu: { token?: string; options: Option[] } | undefined;

  async function send(body: InboundBody): Promise<void> {
    const started = performance.now();
    await rig.engine.handle({ ...body, channel: rig.recorder.channel, chatId, senderId: chatId, messageId: `${chatId}:${++seq}`, profile: { name: chatId } } as Parameters<ChatRig['engine']['handle']>[0]);
    stats.latencies.push(performance.now() - started);
    last = rig.recorder.take(chatId);
    const m = [...last].reverse().find((x) => (x.type === 'choices' || x.type === 'photo') && (x.options ?? []).some((o) => o.value));
    menu = m && (m.type === 'choices' || m.type === 'photo') ? { token: m.menuToken, options: m.options ?? [] } : undefined;
    if (textOf(last).includes(internalError)) throw new JourneyError(`${chatId}: the bot answered with an internal error`);
  }

  function tap(value: string): Promise<void> {
    return send({ type: 'choice', value, ...(value.startsWith('!') ? {} : { menuToken: menu?.token }) });
  }

  const values = () => (menu?.options ?? []).flatMap((o) => (o.value ? [o.value] : []));

  return {
    command: (command) => send({ type: 'command', command, args: '' }),
    text: (text) => send({ type: 'text', text }),
    async choose(value) {
      if (!values().includes(value)) throw new JourneyError(`${chatId}: no option "${value}" in the last menu [${values().join(', ')}]`);
      await tap(value);
    },
    async pick(prefix, n) {
      const matching = values().filter((v) => v.startsWith(prefix));
      if (matching.length === 0) throw new JourneyError(`${chatId}: no option starting with "${prefix}" in [${values().join(', ')}]`);
      await tap(matching[n % matching.length]!);
    },
    lastText: () => textOf(last),
  };
}

/** Numbered options "3. Label" of the last message that has any, as the console prints them. */
function numberedOptions(lines: string[]): { number: string; label: string }[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    const options = lines[i]!.split('\n').flatMap((line) => {
      const m = /^(\d+)\. (.+)$/.exec(line);
      return m ? [{ number: m[1]!, label: m[2]! }] : [];
    });
    if (options.length > 0) return options;
  }
  return [];
}

/**
 * A fetch for the generated client that opens a fresh connection per request: with hundreds of buyers
 * waiting seconds for their turn, a kept-alive connection can be closed by the server just as the next
 * request goes out on it, and a turn must never be sent twice.
 */
export async function freshConnectionFetch(input: Request): Promise<Response> {
  const url = new URL(input.url);
  const payload = Buffer.from(await input.arrayBuffer());
  const headers: Record<string, string> = Object.fromEntries(input.headers);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: input.method, agent: false, headers: { ...headers, 'content-length': String(payload.length), connection: 'close' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: responseHeaders }));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** POST /internal/console.turn through the generated client, a fresh connection each time */
async function consoleTurn(server: ApiClient, body: { user: string; line: string; lang: 'id' }): Promise<{ lines: string[] }> {
  const answer = await server.POST('/internal/console.turn', { body });
  if (!answer.data) throw new Error(`console.turn answered ${answer.response.status}: ${JSON.stringify(answer.error).slice(0, 200)}`);
  return answer.data;
}

export function consoleDriver(port: number, secret: string, user: string, stats: TurnStats): BuyerDriver {
  let lines: string[] = [];
  const server = localClient(port, secret, freshConnectionFetch);

  async function turn(line: string): Promise<void> {
    const started = performance.now();
    const answer = await consoleTurn(server, { user, line, lang: 'id' });
    stats.latencies.push(performance.now() - started);
    lines = answer.lines;
    if (lines.join('\n').includes(internalError)) throw new JourneyError(`${user}: the bot answered with an internal error`);
  }

  const labels = () => numberedOptions(lines).map((o) => o.label);

  return {
    command: (command) => turn(`/${command}`),
    text: (text) => turn(text),
    async choose(_value, label) {
      const option = numberedOptions(lines).find((o) => o.label === label);
      if (!option) throw new JourneyError(`${user}: no option "${label}" in [${labels().join(', ')}]`);
      await turn(option.number);
    },
    async pick(_prefix, n, label) {
      const matching = numberedOptions(lines).filter((o) => label.test(o.label));
      if (matching.length === 0) throw new JourneyError(`${user}: no option like ${String(label)} in [${labels().join(', ')}]`);
      await turn(matching[n % matching.length]!.number);
    },
    lastText: () => lines.join('\n'),
  };
}
