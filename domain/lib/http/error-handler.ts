// Turns anything thrown into the error shape: DomainError with its status, zod and malformed JSON → 400,
// a database that cannot be reached → 503, a busy one → 503 with Retry-After, the rest → 500 with no stack trace in the answer.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '../../db/busy.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ErrorBody } from './error-shape.ts';

export function errorBody(code: ErrorCode, message: string, requestId?: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined || details === null ? {} : { details: details as NonNullable<ErrorBody['error']['details']> }), ...(requestId ? { requestId } : {}) } };
}

export function jsonError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, details?: unknown) {
  return c.json(errorBody(code, message, c.get('requestId') as string | undefined, details), status);
}

const codeByStatus: Record<number, ErrorCode> = { 400: 'validation', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict', 413: 'validation', 415: 'unsupported_media_type', 422: 'unprocessable', 429: 'rate_limited', 503: 'unavailable' };

/** Errors from the driver adapters when the server is down or refuses connections. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|Connection terminated|connect ECONN|DatabaseNotReachable|P1001|Can't reach database|PGlite is closed|closed/i.test(text);
}

export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof DomainError) return jsonError(c, err.status, err.code, err.message, err.details);
    if (err instanceof ZodError) return jsonError(c, 400, 'validation', 'invalid input', err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const code = codeByStatus[status] ?? 'internal';
      const message = status === 413 ? 'request body too large' : err.message || code;
      return jsonError(c, status, code, message);
    }
    if (err instanceof SyntaxError) return jsonError(c, 400, 'validation', 'malformed JSON body');
    if (isDatabaseBusy(err)) {
      // every connection stayed busy past DATABASE_POOL_TIMEOUT_MS: a moment's overload, worth a retry
      logger.warn({ requestId: c.get('requestId') }, 'database busy: no connection came free in time');
      c.header('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
      return jsonError(c, 503, 'unavailable', 'the server is busy; try again in a moment');
    }
    if (isDatabaseUnavailable(err)) {
      logger.error({ err: err.message, requestId: c.get('requestId') }, 'database unavailable');
      return jsonError(c, 503, 'unavailable', 'the database is unavailable; try again shortly');
    }
    logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
    return jsonError(c, 500, 'internal', 'internal error');
  };
}
