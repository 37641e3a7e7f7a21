// Graph API errors by what the sender should do about them. Codes from Meta's "Cloud API error codes" page:
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
export type GraphErrorKind =
  /** throughput or app-level throttling (HTTP 429, 4, 80007, 130429): wait and send again */
  | 'throttled'
  /** pair rate limit: too many messages to this one user (131056): wait ~6 s for that user */
  | 'pair_limit'
  /** more than 24 hours since the user last wrote (131047): only a template reaches them */
  | 'outside_window'
  /** the number is not on WhatsApp or cannot receive (131026) */
  | 'not_whatsapp_user'
  /** expired or revoked access token (190), or missing permission (10, 200): nothing works until fixed */
  | 'token'
  /** Meta had trouble (131000, 131016, 5xx, network): try again later */
  | 'transient'
  /** anything else about this message (bad parameter, unknown template ...): sending again will not help */
  | 'permanent';

export class GraphApiError extends Error {
  readonly kind: GraphErrorKind;
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatus?: number,
    /** the answer's Retry-After, when it had one */
    readonly retryAfterMs?: number,
  ) {
    super(`WhatsApp Cloud API error ${code}: ${message}`);
    this.name = 'GraphApiError';
    this.kind = kindOf(code, httpStatus);
  }

  /** sending the same thing again later can succeed */
  get retryable(): boolean {
    return this.kind === 'throttled' || this.kind === 'pair_limit' || this.kind === 'transient';
  }
}

/** Meta's throughput limit of the number (a one-second window), as against app-level throttling */
export const THROUGHPUT_LIMIT_CODE = 130429;

const THROTTLED = new Set([4, 80007, 130429, 131048]);
const TRANSIENT = new Set([1, 2, 131000, 131016, 133004]);
const TOKEN = new Set([190, 10, 200]);

export function kindOf(code: number, httpStatus?: number): GraphErrorKind {
  if (code === 131056) return 'pair_limit';
  if (code === 131047) return 'outside_window';
  if (code === 131026) return 'not_whatsapp_user';
  if (TOKEN.has(code)) return 'token';
  if (THROTTLED.has(code) || httpStatus === 429) return 'throttled';
  if (TRANSIENT.has(code) || (httpStatus !== undefined && httpStatus >= 500)) return 'transient';
  return 'permanent';
}

/** An answer of the Graph API that carries `{ error: {...} }` instead of a result. */
export function graphErrorOf(body: unknown, httpStatus?: number, retryAfterMs?: number): GraphApiError | null {
  if (!body || typeof body !== 'object' || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (!error || typeof error !== 'object') return new GraphApiError(0, 'unknown error', httpStatus, retryAfterMs);
  const { code, message } = error as { code?: unknown; message?: unknown };
  return new GraphApiError(typeof code === 'number' ? code : 0, typeof message === 'string' ? message.slice(0, 300) : 'error', httpStatus, retryAfterMs);
}
