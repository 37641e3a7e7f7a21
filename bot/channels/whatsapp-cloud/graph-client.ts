// The Graph API client of the Cloud transport, built on whatsapp-api-js: it builds and sends the messages
// (its builders also refuse texts over WhatsApp's limits), retrieves and downloads media with the token,
// answers the webhook's GET verification and checks X-Hub-Signature-256 (WebCrypto's HMAC verify, which
// compares in constant time, over the body with non-ASCII escaped the way Meta signs it).
// Written here, because the library does not do it: a configurable API root (it always calls
// graph.facebook.com, so its fetch is wrapped to point elsewhere), keeping the HTTP status of an error
// answer (it only returns the parsed body), and turning error answers into a typed GraphApiError.
import { WhatsAppAPI } from 'whatsapp-api-js';
import type { ClientMessage } from 'whatsapp-api-js/types';
import { GraphApiError, graphErrorOf } from './errors.ts';

const PUBLIC_ROOT = 'https://graph.facebook.com';

export interface GraphClientOptions {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  apiVersion: string;
  /** default https://graph.facebook.com; tests point it at a fake on loopback */
  apiRoot?: string;
  fetch?: typeof fetch;
  /** every answer with error 190 (token expired or revoked) and the first good answer after it */
  onTokenState?: (valid: boolean) => void;
}

export interface RetrievedMedia {
  url: string;
  mime: string;
  bytes: number | undefined;
}

export interface GraphClient {
  /** sends one message; resolves the wamid, throws GraphApiError */
  send(to: string, message: ClientMessage): Promise<string>;
  /** uploads bytes for an image or document message; resolves the media id */
  upload(data: Buffer, mime: string, filename: string): Promise<string>;
  retrieveMedia(mediaId: string): Promise<RetrievedMedia>;
  /** downloads a media URL with the token; the caller checks size */
  download(url: string): Promise<Response>;
  /** GET verification: the challenge to echo, or null when mode or token are wrong */
  verifyChallenge(params: Record<string, string | undefined>): string | null;
  verifySignature(rawBody: string, signature: string | undefined): Promise<boolean>;
}

/** Points the library's fixed graph.facebook.com at the configured root and keeps error statuses in the body. */
function graphFetch(base: typeof fetch, apiRoot: string): typeof fetch {
  const root = apiRoot.replace(/\/+$/, '');
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const target = url.startsWith(PUBLIC_ROOT) ? `${root}${url.slice(PUBLIC_ROOT.length)}` : url;
    let response: Response;
    try {
      response = await base(target, init);
    } catch (error) {
      // a network failure is Meta being unreachable: transient (code 1 = "API unknown")
      return Response.json({ error: { code: 1, message: `network: ${error instanceof Error ? error.message : String(error)}`, http_status: 0 } }, { status: 503 });
    }
    if (response.ok) return response;
    const text = await response.text();
    let body: { error?: Record<string, unknown> } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = {};
    }
    // Retry-After in seconds (or a date), kept in milliseconds for the pacer
    const retryAfter = response.headers.get('retry-after');
    const seconds = retryAfter === null ? Number.NaN : /^\d+(\.\d+)?$/.test(retryAfter.trim()) ? Number(retryAfter) : (Date.parse(retryAfter) - Date.now()) / 1000;
    const error = { code: 0, message: `HTTP ${response.status}`, ...(body.error ?? {}), http_status: response.status, ...(Number.isFinite(seconds) ? { retry_after_ms: Math.max(0, Math.round(seconds * 1000)) } : {}) };
    return Response.json({ error }, { status: response.status });
  };
}

function errorOf(body: unknown): GraphApiError | null {
  const error = (body as { error?: { http_status?: unknown; retry_after_ms?: unknown } } | null)?.error;
  const status = error?.http_status;
  const retryAfter = error?.retry_after_ms;
  return graphErrorOf(body, typeof status === 'number' && status > 0 ? status : undefined, typeof retryAfter === 'number' ? retryAfter : undefined);
}

export function createGraphClient(o: GraphClientOptions): GraphClient {
  const api = new WhatsAppAPI({
    token: o.accessToken,
    appSecret: o.appSecret,
    webhookVerifyToken: o.verifyToken,
    v: o.apiVersion,
    ponyfill: { fetch: graphFetch(o.fetch ?? globalThis.fetch, o.apiRoot ?? PUBLIC_ROOT) },
  });
  let tokenValid = true;
  const check = <T>(body: T): T => {
    const error = errorOf(body);
    if (error?.kind === 'token') {
      if (tokenValid) o.onTokenState?.(false);
      tokenValid = false;
    } else if (!tokenValid && !error) {
      tokenValid = true;
      o.onTokenState?.(true);
    }
    if (error) throw error;
    return body;
  };

  return {
    async send(to, message) {
      const body = check(await api.sendMessage(o.phoneNumberId, to, message));
      const id = 'messages' in body ? body.messages[0]?.id : undefined;
      if (!id) throw new GraphApiError(0, 'no message id in the answer');
      return id;
    },
    async upload(data, mime, filename) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(data)], { type: mime }), filename);
      form.append('messaging_product', 'whatsapp');
      form.append('type', mime);
      // check=false: the library's own list refuses some types we never send and would throw a plain Error
      const body = check(await api.uploadMedia(o.phoneNumberId, form, false));
      if (!('id' in body) || typeof body.id !== 'string') throw new GraphApiError(0, 'no media id in the answer');
      return body.id;
    },
    async retrieveMedia(mediaId) {
      const body = check(await api.retrieveMedia(mediaId, o.phoneNumberId));
      if (!('url' in body)) throw new GraphApiError(0, 'no media url in the answer');
      const bytes = Number(body.file_size);
      return { url: body.url, mime: body.mime_type, bytes: Number.isFinite(bytes) ? bytes : undefined };
    },
    async download(url) {
      const response = await api.fetchMedia(url);
      if (!response.ok) check(await response.json().catch(() => ({ error: { code: 1, message: `HTTP ${response.status}` } })));
      return response;
    },
    verifyChallenge(params) {
      try {
        return api.get(params as Parameters<typeof api.get>[0]);
      } catch {
        return null;
      }
    },
    async verifySignature(rawBody, signature) {
      if (!signature || !/^sha256=[0-9a-f]{64}$/i.test(signature)) return false;
      return api.verifyRequestSignature(rawBody, signature);
    },
  };
}
