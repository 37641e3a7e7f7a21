// Junk at the edge: a NUL byte, another control character or a lone UTF-16 surrogate in the path, the query
// or a JSON body answers 400 (typed error) instead of reaching the database, which rejects such text
// (PostgreSQL 22021/22P05) and would turn it into a 500.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { jsonError } from '../../domain/lib/http/error-handler.ts';

// C0 controls except tab, line feed and carriage return; DEL; lone surrogates
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasJunk = (text: string): boolean => JUNK.test(text);

/** the path of the first string holding junk in a parsed JSON value, or null */
export function findJunk(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasJunk(value) ? path.join('.') || '(body)' : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findJunk(item, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = hasJunk(key) ? [...path, key].join('.') : findJunk(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function inputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const path = decoded(url.pathname);
    if (path === null || hasJunk(path)) return jsonError(c, 400, 'validation', 'the path holds a malformed or control character', [{ path: 'path', message: 'control characters and malformed escapes are not allowed' }]);
    for (const [name, value] of url.searchParams) {
      if (hasJunk(name) || hasJunk(value)) return jsonError(c, 400, 'validation', `query parameter "${name}" holds a control character`, [{ path: name, message: 'control characters are not allowed' }]);
    }
    const type = c.req.header('content-type') ?? '';
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /^application\/(.+\+)?json/i.test(type)) {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        body = undefined; // malformed JSON: the route's validator answers it
      }
      const at = body === undefined ? null : findJunk(body);
      if (at !== null) return jsonError(c, 400, 'validation', `"${at}" holds a control character or a broken Unicode sequence`, [{ path: at, message: 'control characters and lone surrogates are not allowed' }]);
    }
    await next();
  };
}
