// A fake Bot API behind grammY's `client.fetch`: records every call with its parsed body (JSON or
// multipart) and answers like Telegram does, so tests run the real grammY stack without a network.
import type { UserFromGetMe } from 'grammy/types';

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** multipart uploads, by the field that pointed at them (attach://id resolved) */
  files: Record<string, UploadedFile>;
}

/** A canned answer: the `result`, or a Telegram error; a function sees the call and decides. */
export type Canned = { result: unknown } | { error: { error_code: number; description: string; parameters?: { retry_after?: number } } } | { throws: Error };
export type Responder = (call: RecordedCall) => Canned | Promise<Canned>;

export const botInfo: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Etalase NTT',
  username: 'etalase_ntt_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const TOKEN = '7000000001:AAFakeTokenForTestsOnly_abcdefghij';
export const API_ROOT = 'http://fake-telegram.test';

async function readBody(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function parseMultipart(raw: Buffer, boundary: string): Pick<RecordedCall, 'body' | 'files'> {
  const body: Record<string, unknown> = {};
  const byId: Record<string, UploadedFile> = {};
  const text = raw.toString('latin1'); // latin1 keeps one char per byte so file bytes survive
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const value = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(head)?.[1];
    if (!name) continue;
    const filename = /filename="?([^"\r\n;]+)"?/.exec(head)?.[1];
    if (filename) byId[name] = { filename, data: Buffer.from(value, 'latin1') };
    else {
      const utf8 = Buffer.from(value, 'latin1').toString('utf8');
      try {
        body[name] = JSON.parse(utf8);
      } catch {
        body[name] = utf8;
      }
    }
  }
  const files: Record<string, UploadedFile> = {};
  for (const [field, value] of Object.entries(body)) {
    const id = typeof value === 'string' && value.startsWith('attach://') ? value.slice('attach://'.length) : undefined;
    const file = id ? byId[id] : undefined;
    if (file) files[field] = file;
  }
  return { body, files };
}

let nextMessageId = 100;

function defaultAnswer(call: RecordedCall): Canned {
  switch (call.method) {
    case 'getMe':
      return { result: botInfo };
    case 'sendMessage':
    case 'sendPhoto':
    case 'sendDocument':
      return {
        result: {
          message_id: nextMessageId++,
          date: 1_767_225_600,
          chat: { id: Number(call.body.chat_id), type: 'private', first_name: 'Test' },
          ...(call.method === 'sendMessage' ? { text: call.body.text } : { photo: [] }),
        },
      };
    case 'getUpdates':
      return { result: [] };
    default:
      return { result: true }; // answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook ...
  }
}

export interface FakeBotApi {
  fetch: typeof fetch;
  calls: RecordedCall[];
  /** file downloads requested, as paths under /file/bot<token>/ */
  downloads: string[];
  /** only the calls of the given methods, in order */
  callsOf(...methods: string[]): RecordedCall[];
  on(method: string, responder: Responder): void;
  files: Map<string, { data: Buffer; contentType?: string }>;
}

export function createFakeBotApi(): FakeBotApi {
  const calls: RecordedCall[] = [];
  const downloads: string[] = [];
  const responders = new Map<string, Responder>();
  const files = new Map<string, { data: Buffer; contentType?: string }>();

  const fakeFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const filePrefix = `/file/bot${TOKEN}/`;
    if (url.pathname.startsWith(filePrefix)) {
      const path = url.pathname.slice(filePrefix.length);
      downloads.push(path);
      const file = files.get(path);
      if (!file) return new Response('not found', { status: 404 });
      return new Response(new Uint8Array(file.data), { status: 200, headers: { 'content-type': file.contentType ?? 'application/octet-stream' } });
    }
    const method = url.pathname.slice(`/bot${TOKEN}/`.length);
    const headers = new Headers(init?.headers as HeadersInit | undefined);
    const contentType = headers.get('content-type') ?? '';
    const raw = await readBody(init?.body);
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    const parsed = boundary ? parseMultipart(raw, boundary) : { body: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}, files: {} };
    const call: RecordedCall = { method, ...parsed };
    calls.push(call);
    const canned = await (responders.get(method) ?? defaultAnswer)(call);
    if ('throws' in canned) throw canned.throws;
    const payload = 'error' in canned ? { ok: false, ...canned.error } : { ok: true, result: canned.result };
    return new Response(JSON.stringify(payload), { status: 'error' in canned ? canned.error.error_code : 200, headers: { 'content-type': 'application/json' } });
  };

  return {
    fetch: fakeFetch as typeof fetch,
    calls,
    downloads,
    files,
    callsOf: (...methods) => calls.filter((call) => methods.includes(call.method)),
    on: (method, responder) => responders.set(method, responder),
  };
}
