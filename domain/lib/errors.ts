// One error type for the whole domain. Services throw it; the API turns it into the documented JSON error
// shape with its HTTP status, and the chat engine into a message in the user's language (messageKey).
export type ErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

export const statusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 405 | 409 | 415 | 422 | 429 | 500 | 503> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** i18n key for chat and pages, e.g. "buyer:cart.outOfStock" */
    readonly messageKey?: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status() {
    return statusOf[this.code];
  }
}

export const notFound = (what: string, key?: string, params?: Record<string, string | number>) =>
  new DomainError('not_found', `${what} not found`, key, params);
export const forbidden = (why: string, key?: string, params?: Record<string, string | number>) =>
  new DomainError('forbidden', why, key, params);
export const conflict = (why: string, key?: string, params?: Record<string, string | number>) =>
  new DomainError('conflict', why, key, params);
export const unprocessable = (why: string, key?: string, params?: Record<string, string | number>) =>
  new DomainError('unprocessable', why, key, params);
export const invalid = (why: string, key?: string, params?: Record<string, string | number>) =>
  new DomainError('validation', why, key, params);
