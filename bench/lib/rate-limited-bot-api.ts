// A fake Telegram Bot API over real HTTP on loopback that enforces Telegram's limits the way the dispatch
// scenario needs them: at most `globalPerSecond` messages in any one-second window overall and
// `perChatPerSecond` per chat; above that it answers 429 with retry_after, as Telegram does. Every accepted
// message is recorded, so lost and doubled deliveries can be counted. It runs in a process of its own
// (bot-api-process.ts), as Telegram does: pauses of the sending process must not shift its clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Accepted {
  chatId: string;
  text: string;
  at: number;
}

export interface RateLimitedBotApi {
  url: string;
  token: string;
  accepted: Accepted[];
  /** 429 answers: all, and those because one chat went over its own limit */
  rejected: number;
  rejectedPerChat: number;
  close(): Promise<void>;
}

export interface Limits {
  globalPerSecond: number;
  perChatPerSecond: number;
}

const WINDOW_MS = 1000;

export async function startRateLimitedBotApi(token: string, limits: Limits): Promise<RateLimitedBotApi> {
  const accepted: Accepted[] = [];
  const recent: number[] = []; // acceptance times within the last window, oldest first
  const perChat = new Map<string, number[]>();
  const state = { rejected: 0, rejectedPerChat: 0 };
  let messageId = 0;

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const method = url.pathname.split('/').pop() ?? '';
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/__bench/stats') return answer(200, { accepted, rejected: state.rejected, rejectedPerChat: state.rejectedPerChat });
    if (!url.pathname.startsWith(`/bot${token}/`)) return answer(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    if (method !== 'sendMessage' && method !== 'sendPhoto') return answer(200, { ok: true, result: true });
    const body = (raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : {}) as { chat_id?: string | number; text?: string; caption?: string };
    const chatId = String(body.chat_id ?? '');
    const now = performance.now();
    while (recent.length && recent[0]! <= now - WINDOW_MS) recent.shift();
    const chatTimes = (perChat.get(chatId) ?? []).filter((t) => t > now - WINDOW_MS);
    const waitGlobal = recent.length >= limits.globalPerSecond ? recent[recent.length - limits.globalPerSecond]! + WINDOW_MS - now : 0;
    const waitChat = chatTimes.length >= limits.perChatPerSecond ? chatTimes[chatTimes.length - limits.perChatPerSecond]! + WINDOW_MS - now : 0;
    const wait = Math.max(waitGlobal, waitChat);
    if (wait > 0) {
      state.rejected++;
      if (waitChat > 0) state.rejectedPerChat++;
      const retryAfter = Math.max(1, Math.ceil(wait / 1000));
      return answer(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
    }
    recent.push(now);
    chatTimes.push(now);
    perChat.set(chatId, chatTimes);
    const text = body.text ?? body.caption ?? '';
    accepted.push({ chatId, text, at: now });
    answer(200, { ok: true, result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: 'private' }, text } });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    accepted,
    get rejected() {
      return state.rejected;
    },
    get rejectedPerChat() {
      return state.rejectedPerChat;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
