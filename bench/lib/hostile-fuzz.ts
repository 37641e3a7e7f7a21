// Hostile text against every flow (issue 19): random and hostile messages from producers, buyers and
// officials through the console turn endpoint (/internal/console.turn) and the web chat (/chat/api/send),
// both driven with app.request() over the real app, engine, flows and a demo database. Seeded with
// fast-check, so a failure prints the seed and path that replay it. Used by tests/fuzz (a bounded run in
// `npm test`) and by the benchmark's "hostile" scenario (a longer run).
// Two parts. The sweep puts a conversation at every step of every flow (a made-up state: the step without
// the data its flow gathered before) and sends hostile messages: no 5xx, a reply to every non-empty
// message, and then "menu" answers with a menu. The random runs start from the menu and go where taps and
// messages lead, as users do; there every message must also get no raw locale key, no "undefined", "NaN"
// or "[object" (unless the user typed it) and no "something went wrong"; each run ends with "menu".
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Database } from '../../domain/db/database.ts';
import { translator } from '../../domain/lib/i18n.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { projectRoot } from '../../prisma/engine/project-root.ts';
import type { MediaStore } from '../../domain/media/media-store.ts';
import { createApp } from '../../api/app.ts';
import { createServices } from '../../domain/services/services.ts';
import { webChatRoutes } from '../../web/chat/webchat.routes.tsx';
import type { WebMessage } from '../../domain/chat/web-chat.ts';
import { createWebChatAdapter } from '../../bot/channels/web/adapter.ts';
import { createBufferedChannel } from '../../bot/channels/buffered/buffered-channel.ts';
import { createConsoleSession } from '../../bot/channels/console/console-session.ts';
import { createEngine } from '../../bot/core/engine.ts';
import { createRegistry } from '../../bot/flows/index.ts';

const SECRET = 'hostile-fuzz-local-secret-0123456789';
const COOKIE_SECRET = 'hostile-fuzz-cookie-secret-0123456789';

export interface FuzzOptions {
  seed: number;
  /** at least this many messages are sent (sweep + random runs) */
  messages: number;
  /** conversations driven side by side in each random run */
  parallel?: number;
  log?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  messages: number;
  /** flow steps that received hostile messages, of all the registry's steps */
  stepsCovered: number;
  stepsTotal: number;
  ms: number;
  /** fast-check's report when a property failed (with the seed and path to replay it) */
  failure?: string;
}

// ---------- what users send ----------

const chars = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
/** any UTF-16 code unit, lone surrogates and controls included */
const anyUnit = fc.oneof(chars(0, 0x1f), chars(0x20, 0x7e), chars(0x7f, 0x9f), chars(0xa0, 0xd7ff), chars(0xd800, 0xdfff), chars(0xe000, 0xffff));
const hostileConstants = fc.constantFrom(
  'abc\ud800def', '\u0000', 'x\u0000y', '\ud83d', '\udc00abc', '\u0000\u0000\u0000', '\u0007\u001b[31mred', '\u202etxet', '\ufeff1',
  '%s %d %n', '{{name}}', '$t(engine:help)', '<script>alert(1)</script>', "'; DROP TABLE \"User\"; --", 'undefined', 'null', 'NaN',
  '-1', '0', '1e309', '99999999999999999999', '1.5', '-0', 'Infinity', '   1   ', '1,5', 'Rp 10.000.000.000.000', '🙂'.repeat(50),
  '/start \u0000', '/start ../../etc/passwd', '/claim \ud800', '/contact x', '/location 999 999', '/photo /nonexistent.jpg', '/', '//', '/x'.repeat(40),
  'menu', 'batal', 'kembali', 'back', 'help', 'bantuan', 'bahasa', 'ya', 'tidak', 'yes', 'no', 'kopi', 'tenun', 'madu', '1', '2', '3', '9', '12',
);
const long = fc.constantFrom(4001, 5000, 20_000, 200_000).chain((n) => fc.constantFrom('a', '\u0000', '\ud800', 'ab\u0001', '🙂').map((unit) => unit.repeat(Math.ceil(n / unit.length))));

export const hostileMessage: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: anyUnit, minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 4, arbitrary: hostileConstants },
  { weight: 2, arbitrary: fc.tuple(hostileConstants, fc.string({ unit: anyUnit, maxLength: 5 }), hostileConstants).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: long },
);

type Action = { kind: 'say'; text: string } | { kind: 'tap'; pick: number };
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: hostileMessage.map((text) => ({ kind: 'say' as const, text })) },
  { weight: 5, arbitrary: fc.nat(50).map((pick) => ({ kind: 'tap' as const, pick })) },
);

// ---------- the app under test ----------

const namespaces = readdirSync(path.join(projectRoot, 'locales', 'id')).map((f) => f.replace(/\.json$/, ''));
const RAW_KEY = new RegExp(`\\b(${namespaces.join('|')}):[A-Za-z][\\w.]*`);
const FORBIDDEN: { name: string; re: RegExp; typed: RegExp }[] = [
  { name: 'raw locale key', re: RAW_KEY, typed: RAW_KEY },
  { name: 'undefined', re: /\bundefined\b/, typed: /undefined/i },
  { name: 'NaN', re: /\bNaN\b/, typed: /nan/i },
  { name: '[object', re: /\[object /, typed: /\[object/i },
];
const internalErrors = [translator('id')('engine:internalError'), translator('en')('engine:internalError')];

interface Reply {
  status: number;
  texts: string[];
  options: { label: string; value?: string }[];
  menuToken?: string;
}

function buildApp(db: Database, mediaStore: MediaStore) {
  const services = createServices({ prisma: db.prisma, mediaStore, settings: { publicUrl: 'https://etalase.test', telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281234567890' } });
  const registry = createRegistry();
  const engine = createEngine({ services, conversations: services.repos.conversations, registry, logger: silentLogger, owner: 'fuzz' });
  const consoleChannel = createBufferedChannel('CONSOLE');
  const webChannel = createBufferedChannel('WEB');
  engine.registerSender(consoleChannel.sender);
  engine.registerSender(webChannel.sender);
  const consoleSession = createConsoleSession(engine, consoleChannel);
  const web = { services, webChat: createWebChatAdapter({ engine, webChannel, secret: COOKIE_SECRET }), cookieSecret: COOKIE_SECRET, rateLimitPerMinute: 1_000_000, logger: silentLogger };
  const app = createApp({
    services,
    logger: silentLogger,
    rateLimitPerMinute: 1_000_000,
    health: { databaseKind: db.kind, pingDatabase: () => db.ping() },
    // only the console turns: the fuzz never seeds, backs up or runs admin commands
    local: {
      secret: SECRET,
      handlers: {
        consoleTurn: (input) => consoleSession.turn(input),
        consolePoll: async ({ user, lang }) => consoleSession.pending(user, lang),
        seed: () => Promise.reject(new Error('not in the fuzz')),
        backup: () => Promise.reject(new Error('not in the fuzz')),
        admin: () => Promise.reject(new Error('not in the fuzz')),
      },
    },
    mount: (root) => {
      root.route('/', webChatRoutes(web));
    },
  });
  return { app, services, registry };
}

type App = ReturnType<typeof buildApp>;

interface Chat {
  id: string;
  send(body: { text: string } | { tap: number }): Promise<Reply>;
}

function consoleChat(app: App['app'], user: string): Chat {
  return {
    id: `console:${user}`,
    async send(body) {
      // console menus are numbered: a tap is the option's number
      const line = 'text' in body ? body.text : String((body.tap % 9) + 1);
      const res = await app.request('/internal/console.turn', { method: 'POST', headers: { 'content-type': 'application/json', 'x-local-secret': SECRET }, body: JSON.stringify({ user, line }) });
      const json = (await res.json().catch(() => ({}))) as { lines?: string[] };
      const texts = json.lines ?? [];
      return { status: res.status, texts, options: texts.some((l) => /^\s*1[.)]/m.test(l)) ? [{ label: '1', value: '1' }] : [] };
    },
  };
}

function webChat(app: App['app'], n: number): Chat {
  let cookie = '';
  let last: Reply | undefined;
  return {
    id: `web:${n}`,
    async send(body) {
      const option = 'tap' in body ? last?.options.filter((o) => o.value)[body.tap % Math.max(1, last.options.filter((o) => o.value).length)] : undefined;
      const payload = 'text' in body ? { text: body.text } : option ? { choice: { value: option.value, ...(option.value!.startsWith('!') || !last?.menuToken ? {} : { menuToken: last.menuToken }) } } : { text: String(body.tap % 9) };
      const res = await app.request('/chat/api/send', { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(payload) });
      const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
      if (set) cookie = set;
      const json = (await res.json().catch(() => ({}))) as { messages?: WebMessage[] };
      const messages = json.messages ?? [];
      const texts = messages.map((m) => (m.type === 'photo' ? (m.caption ?? '') : m.text) + ('options' in m && m.options ? `\n${m.options.map((o) => o.label).join('\n')}` : ''));
      const menu = [...messages].reverse().find((m) => m.type === 'choices' || (m.type === 'photo' && m.options));
      const reply: Reply = { status: res.status, texts, options: menu && 'options' in menu ? (menu.options ?? []) : [], menuToken: menu && 'menuToken' in menu ? menu.menuToken : undefined };
      if (reply.options.length) last = reply;
      return reply;
    },
  };
}

// ---------- the checks ----------

class Broken extends Error {}

/**
 * history: what was typed in the run, by any chat. strict: the conversation got where it is as a user gets
 * there (taps and messages); the sweep's states are made up (a step without the data its flow collected
 * before it), so there only the turn itself must hold.
 */
function check(chat: Chat, sent: string, reply: Reply, history: string[], strict = true): void {
  const what = `${chat.id} sent ${JSON.stringify(sent.length > 80 ? `${sent.slice(0, 80)}…(${sent.length})` : sent)}`;
  if (reply.status >= 500) throw new Broken(`${what}: HTTP ${reply.status}`);
  if (sent.trim() && reply.texts.join('').trim() === '') throw new Broken(`${what}: no reply (HTTP ${reply.status})`);
  if (!strict) return;
  // the console shows a stored photo as "media:<id>", which is no locale key
  const text = reply.texts.join('\n').replace(/\bmedia:[a-z0-9]{16,}\b/g, 'media');
  for (const f of FORBIDDEN) {
    if (f.re.test(text) && !history.some((h) => f.typed.test(h))) throw new Broken(`${what}: ${f.name} in the reply: ${JSON.stringify(text.slice(0, 300))}`);
  }
  if (internalErrors.some((e) => text.includes(e))) throw new Broken(`${what}: the turn failed ("${internalErrors[0]}")`);
}

/** The conversation still works: "menu" gets a menu (choices), no error. */
async function stillAnswers(chat: Chat, history: string[]): Promise<void> {
  const reply = await chat.send({ text: 'menu' });
  check(chat, 'menu', reply, history, false);
  const text = reply.texts.join('\n');
  if (internalErrors.some((e) => text.includes(e))) throw new Broken(`${chat.id}: "menu" after hostile messages failed: ${JSON.stringify(text.slice(0, 300))}`);
  if (reply.options.length === 0) throw new Broken(`${chat.id}: "menu" after hostile messages showed no menu: ${JSON.stringify(reply.texts.join('\n').slice(0, 300))}`);
}

// ---------- the run ----------

export async function runHostileFuzz(db: Database, mediaStore: MediaStore, options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const { app, services, registry } = buildApp(db, mediaStore);
  const prisma = db.prisma;
  const steps = [...registry.flows.values()].flatMap((flow) => Object.keys(flow.steps).map((step) => ({ flow, step })));
  const covered = new Set<string>();
  let messages = 0;

  // the demo's people on the console (every role), new guests on the console and the web chat
  const identities = await prisma.channelIdentity.findMany({ where: { channel: 'CONSOLE', externalId: { startsWith: 'demo-' } }, orderBy: { externalId: 'asc' } });
  const consoleUsers = [...identities.map((i) => i.externalId), 'fuzz-guest-1', 'fuzz-guest-2', 'fuzz-guest-3'];
  const chats: Chat[] = [...consoleUsers.map((u) => consoleChat(app, u)), ...Array.from({ length: 5 }, (_, i) => webChat(app, i))];
  // what was typed, by anyone: a producer's hostile business name ("no…undefined") rightly shows on the
  // product card another chat opens, so a word in a reply is allowed when any chat typed it
  const typed: string[] = [];
  const histories = new Map<string, string[]>(chats.map((c) => [c.id, typed]));

  async function say(chat: Chat, text: string, placedAt?: string): Promise<void> {
    const history = histories.get(chat.id)!;
    history.push(text);
    const reply = await chat.send({ text });
    messages++;
    if (placedAt) covered.add(placedAt);
    try {
      check(chat, text, reply, history, !placedAt);
    } catch (error) {
      // which step the sweep had put the conversation at: where to look
      if (error instanceof Broken && placedAt) throw new Broken(`${error.message} (at ${placedAt})`);
      throw error;
    }
  }

  // 1. every chat says hello, then every step of every flow gets a few hostile messages from a user allowed there
  for (const chat of chats) await say(chat, 'halo');
  const sweep = fc.sample(hostileMessage, { seed: options.seed, numRuns: steps.length * 3 });
  const actors = await Promise.all(identities.map(async (i) => ({ user: i.externalId, actor: await services.repos.users.loadActor(i.userId) })));
  try {
    for (let i = 0; i < steps.length; i++) {
      const { flow, step } = steps[i]!;
      const users = actors.filter(({ actor }) => actor && (!flow.allowed || flow.allowed(actor))).map(({ user }) => user);
      const user = users[i % users.length];
      if (!user) continue;
      const chat = chats.find((c) => c.id === `console:${user}`)!;
      for (let k = 0; k < 3; k++) {
        await prisma.conversationSession.updateMany({ where: { channel: 'CONSOLE', conversationId: user }, data: { flow: flow.id, step, stack: [] } });
        await say(chat, sweep[i * 3 + k]!, `${flow.id}.${step}`);
      }
      await stillAnswers(chat, histories.get(chat.id)!);
      messages++;
    }
  } catch (error) {
    if (!(error instanceof Broken)) throw error;
    return { seed: options.seed, messages, stepsCovered: covered.size, stepsTotal: steps.length, ms: performance.now() - started, failure: `sweep (seed ${options.seed}): ${error.message}` };
  }
  log(`  sweep: ${steps.length} steps, ${messages} messages in ${Math.round(performance.now() - started)} ms`);

  // 2. random runs: several conversations at once, each a sequence of hostile messages, taps and jumps
  const parallel = options.parallel ?? 4;
  const perRun = 12;
  const remaining = Math.max(0, options.messages - messages);
  const numRuns = Math.max(1, Math.ceil(remaining / (parallel * (perRun + 1))));
  const run = fc.record({ first: fc.nat(chats.length - 1), scripts: fc.array(fc.array(action, { minLength: perRun, maxLength: perRun }), { minLength: parallel, maxLength: parallel }) });
  const result = await fc.check(
    fc.asyncProperty(run, async ({ first, scripts }) => {
      await Promise.all(
        scripts.map(async (script, j) => {
          const chat = chats[(first + j * Math.ceil(chats.length / parallel)) % chats.length]!;
          for (const a of script) {
            if (a.kind === 'say') await say(chat, a.text);
            else {
              const history = histories.get(chat.id)!;
              history.push(`tap ${a.pick}`);
              const reply = await chat.send({ tap: a.pick });
              messages++;
              check(chat, `tap ${a.pick}`, reply, history);
            }
          }
          await stillAnswers(chat, histories.get(chat.id)!);
          messages++;
        }),
      );
    }),
    { seed: options.seed, numRuns, endOnFailure: true },
  );
  // the counterexample holds megabyte strings: report what broke and how to replay it instead
  const failure = result.failed
    ? `${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} (replay: seed ${result.seed}, path "${result.counterexamplePath}")`
    : undefined;
  log(`  random runs: ${numRuns} × ${parallel} conversations; ${messages} messages in all, ${covered.size}/${steps.length} steps covered`);
  return { seed: options.seed, messages, stepsCovered: covered.size, stepsTotal: steps.length, ms: performance.now() - started, ...(failure ? { failure } : {}) };
}
