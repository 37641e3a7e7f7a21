// A fake of the Graph API's WhatsApp part served over real HTTP on loopback: send messages, upload,
// retrieve and download media, with the token checked on every call. It records every request, can be
// told to answer errors (429, 131056, 131047, 131026, 190 ...) and can enforce the throughput and pair
// limits itself, counting violations, for the benchmark. webhook() signs a payload as Meta does.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const GRAPH_VERSION = 'v24.0';
export const PHONE_NUMBER_ID = '109876543210';
export const GRAPH_TOKEN = 'EAAtest-token-0123456789abcdef';
export const APP_SECRET = 'app-secret-for-tests';
export const VERIFY_TOKEN = 'verify-me-please';

export interface RecordedMessage {
  to: string;
  type: string;
  body: Record<string, unknown>;
  at: number;
  id: string;
}

export interface ScriptedError {
  code: number;
  http: number;
  message?: string;
}

export interface FakeGraphOptions {
  /** answer 130429 above this many messages in any 1-second window (0 = no limit) */
  messagesPerSecond?: number;
  /** answer 131056 when the same recipient gets two messages closer than this (0 = no limit) */
  pairIntervalMs?: number;
  /** milliseconds each messages call takes */
  latencyMs?: number;
  /** a fixed port (the command-line runner); a free one by default */
  port?: number;
}

export interface FakeGraphApi {
  root: string;
  messages: RecordedMessage[];
  uploads: { mime: string; bytes: number }[];
  /** media the fake serves: id → bytes and type */
  media: Map<string, { data: Buffer; mime: string; declaredSize?: number }>;
  /** the next n message calls (to anyone, or to `to`) answer this error */
  failNext(error: ScriptedError, times?: number, to?: string): void;
  /** every call answers 190 until restored */
  expireToken(expired?: boolean): void;
  violations: { throughput: number; pair: number };
  requestsWithoutToken: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeGraphApi(options: FakeGraphOptions = {}): Promise<FakeGraphApi> {
  const messages: RecordedMessage[] = [];
  const uploads: { mime: string; bytes: number }[] = [];
  const media = new Map<string, { data: Buffer; mime: string; declaredSize?: number }>();
  const scripted: { error: ScriptedError; left: number; to?: string }[] = [];
  const lastTo = new Map<string, number>();
  const recentStarts: number[] = [];
  const violations = { throughput: 0, pair: 0 };
  let expired = false;
  let seq = 0;
  // wamids are unique for ever at Meta: a fresh fake must not repeat an earlier one's ids
  const run = Math.random().toString(36).slice(2, 8);
  let root = '';
  const state = { requestsWithoutToken: 0 };

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const graphError = (res: import('node:http').ServerResponse, e: ScriptedError) =>
    json(res, e.http, { error: { message: e.message ?? `error ${e.code}`, type: 'OAuthException', code: e.code, error_data: { messaging_product: 'whatsapp', details: 'fake' }, fbtrace_id: 'fake' } });

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const body = await readBody(req);
      if (req.headers.authorization !== `Bearer ${GRAPH_TOKEN}`) {
        state.requestsWithoutToken++;
        return graphError(res, { code: 190, http: 401, message: 'Invalid OAuth access token' });
      }
      if (expired) return graphError(res, { code: 190, http: 401, message: 'Error validating access token: Session has expired' });

      const parts = url.pathname.split('/').filter(Boolean);
      if (parts[0] === 'download' && req.method === 'GET') {
        const file = media.get(parts[1] ?? '');
        if (!file) return graphError(res, { code: 100, http: 404 });
        res.writeHead(200, { 'content-type': file.mime, 'content-length': String(file.data.length) });
        return res.end(file.data);
      }
      if (parts[0] !== GRAPH_VERSION) return graphError(res, { code: 100, http: 404, message: `unknown path ${url.pathname}` });

      if (req.method === 'POST' && parts[1] === PHONE_NUMBER_ID && parts[2] === 'messages') {
        const payload = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        const to = String(payload.to);
        const now = Date.now();
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        const i = scripted.findIndex((s) => s.left > 0 && (!s.to || s.to === to));
        if (i >= 0) {
          const s = scripted[i]!;
          s.left--;
          if (s.left === 0) scripted.splice(i, 1);
          return graphError(res, s.error);
        }
        if (options.messagesPerSecond) {
          while (recentStarts.length && recentStarts[0]! <= now - 1000) recentStarts.shift();
          if (recentStarts.length >= options.messagesPerSecond) {
            violations.throughput++;
            return graphError(res, { code: 130429, http: 429, message: 'Rate limit hit' });
          }
          recentStarts.push(now);
        }
        if (options.pairIntervalMs) {
          const last = lastTo.get(to);
          if (last !== undefined && now - last < options.pairIntervalMs) {
            violations.pair++;
            return graphError(res, { code: 131056, http: 400, message: '(Business Account, Consumer Account) pair rate limit hit' });
          }
          lastTo.set(to, now);
        }
        const id = `wamid.FAKE${run}.${++seq}`;
        messages.push({ to, type: String(payload.type), body: payload, at: now, id });
        return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] });
      }
      if (req.method === 'POST' && parts[1] === PHONE_NUMBER_ID && parts[2] === 'media') {
        const type = /name="type"\r\n\r\n([^\r]+)/.exec(body.toString('latin1'))?.[1] ?? 'application/octet-stream';
        uploads.push({ mime: type, bytes: body.length });
        const id = `media-up-${uploads.length}`;
        return json(res, 200, { id });
      }
      if (req.method === 'GET' && parts.length === 2) {
        const file = media.get(parts[1]!);
        if (!file) return graphError(res, { code: 100, http: 404, message: 'Unsupported get request' });
        return json(res, 200, { messaging_product: 'whatsapp', id: parts[1], url: `${root}/download/${parts[1]}`, mime_type: file.mime, sha256: 'x', file_size: String(file.declaredSize ?? file.data.length) });
      }
      return graphError(res, { code: 100, http: 404, message: `unknown path ${url.pathname}` });
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    root,
    messages,
    uploads,
    media,
    failNext(error, times = 1, to) {
      scripted.push({ error, left: times, ...(to ? { to } : {}) });
    },
    expireToken(value = true) {
      expired = value;
    },
    violations,
    get requestsWithoutToken() {
      return state.requestsWithoutToken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Meta escapes non-ASCII characters in the JSON it posts and signs those bytes. */
export function metaJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/[^\0-~]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function signature(rawBody: string, secret = APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

let inboundSeq = 0;

/** A webhook payload with one message from `from` (wa_id) of the given Cloud API shape. */
export function inboundPayload(from: string, message: Record<string, unknown>, name = 'Petrus'): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ wa_id: from, profile: { name } }],
              messages: [{ from, id: `wamid.IN${++inboundSeq}`, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
            },
          },
        ],
      },
    ],
  };
}

export function statusPayload(statuses: { id: string; status: string; recipient: string; code?: number }[]): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: PHONE_NUMBER_ID },
              statuses: statuses.map((s) => ({
                id: s.id,
                status: s.status,
                timestamp: String(Math.floor(Date.now() / 1000)),
                recipient_id: s.recipient,
                ...(s.code ? { errors: [{ code: s.code, title: 'x', message: 'x', error_data: { details: 'x' } }] } : {}),
              })),
            },
          },
        ],
      },
    ],
  };
}
