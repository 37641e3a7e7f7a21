// A fake Telegram Bot API over real HTTP on loopback: long polling getUpdates with offsets the way
// Telegram confirms them, and recorded outgoing calls. Used to run the real server process against it.
// Like Telegram, a getUpdates that arrives while another is still waiting ends the waiting one with
// 409 Conflict (two processes polling one token), and `failWith` makes chosen calls fail the way the field
// sees them (403 blocked by the user, 400 message is not modified, 400 query is too old ...).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

export interface FakeTelegramServer {
  url: string;
  token: string;
  /** every call, with when it arrived (performance.now()) */
  calls: { method: string; body: Record<string, unknown>; at: number; via?: string }[];
  push(update: Omit<Update, 'update_id'>): number;
  /** calls of `method` (to `chatId`, when given) answer this error, `times` times (default: until cleared) */
  failWith(method: string, error: { code: number; description: string }, options?: { chatId?: number; times?: number }): void;
  clearFailures(): void;
  /** updates not yet confirmed by an offset */
  pending(): number;
  close(): Promise<void>;
}

export async function startFakeTelegramServer(token = '7000000002:AAFakeTokenForTheOpsTest_abcdefghij'): Promise<FakeTelegramServer> {
  const queue: Update[] = [];
  const waiting = new Set<() => void>();
  const calls: FakeTelegramServer['calls'] = [];
  let failures: { method: string; code: number; description: string; chatId?: number; times: number }[] = [];
  /** the getUpdates now waiting, ended by the next one as Telegram does */
  let polling: ((conflict: boolean) => void) | undefined;
  let nextId = 1;
  /** set by setWebhook, emptied by deleteWebhook, answered by getWebhookInfo */
  let webhookUrl = '';
  const me = { id: 7000000002, is_bot: true, first_name: 'Etalase Test', username: 'etalase_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    // "/via/<name>/bot…": an API root of the caller's (several processes against one fake tell who sent what)
    const via = /^\/via\/([\w-]+)(?=\/)/.exec(url.pathname)?.[1];
    if (via) url.pathname = url.pathname.slice(via.length + 5);
    const method = url.pathname.split('/').pop() ?? '';
    const body: Record<string, unknown> = raw && req.headers['content-type']?.includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(url.searchParams);
    const reply = (result: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { ok: true, result } : { ok: false, error_code: status, description: String(result) }));
    };
    if (!url.pathname.startsWith(`/bot${token}/`)) return reply('Unauthorized', 401);
    calls.push({ method, body, at: performance.now(), ...(via ? { via } : {}) });
    const failure = failures.find((f) => f.method === method && (f.chatId === undefined || Number(body.chat_id) === f.chatId) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      return reply(failure.description, failure.code);
    }
    if (method === 'getUpdates') {
      polling?.(true);
      const offset = Number(body.offset ?? 0);
      if (offset > 0) while (queue.length && queue[0]!.update_id < offset) queue.shift();
      const limit = Number(body.limit ?? 100);
      const timeoutMs = Math.min(Number(body.timeout ?? 0), 2) * 1000;
      let conflict = false;
      if (queue.length === 0 && timeoutMs > 0) {
        await new Promise<void>((resolve) => {
          const done = () => {
            waiting.delete(done);
            clearTimeout(timer);
            if (polling === end) polling = undefined;
            resolve();
          };
          const end = (byConflict: boolean) => {
            conflict = byConflict;
            done();
          };
          const timer = setTimeout(done, timeoutMs);
          waiting.add(done);
          polling = end;
        });
      }
      if (conflict) return reply('Conflict: terminated by other getUpdates request; make sure that only one bot instance is running', 409);
      return reply(queue.slice(0, limit));
    }
    if (method === 'getMe') return reply(me);
    if (method === 'setWebhook') webhookUrl = String(body.url ?? '');
    if (method === 'deleteWebhook') webhookUrl = '';
    if (method === 'getWebhookInfo') return reply({ url: webhookUrl, has_custom_certificate: false, pending_update_count: queue.length });
    if (method === 'sendMessage' || method === 'sendPhoto') return reply({ message_id: calls.length, date: 0, chat: { id: Number(body.chat_id), type: 'private' }, text: body.text ?? '' });
    return reply(true);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    calls,
    push(update) {
      const id = nextId++;
      queue.push({ ...update, update_id: id } as Update);
      for (const wake of [...waiting]) wake();
      return id;
    },
    pending: () => queue.length,
    failWith(method, error, options = {}) {
      failures.push({ method, code: error.code, description: error.description, chatId: options.chatId, times: options.times ?? Number.POSITIVE_INFINITY });
    },
    clearFailures() {
      failures = [];
    },
    close: () =>
      new Promise((resolve) => {
        for (const wake of [...waiting]) wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
