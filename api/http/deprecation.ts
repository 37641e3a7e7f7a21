// Deprecated operations announce themselves (docs/operations.md, "API deprecation policy"): an operation
// marked `deprecated: true` with `x-deprecated-on` and `x-sunset` in the document answers, from its
// deprecation date, `Deprecation: @<unix time>` (RFC 9745), `Sunset: <HTTP date>` (RFC 8594) and a `Link` to
// its successor when `x-successor` names one.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { routeRegex } from './method-not-allowed.ts';
import type { OpenApiDocument } from '../openapi/document.ts';

interface Deprecated {
  method: string;
  regex: RegExp;
  since: Date;
  sunset?: Date;
  successor?: string;
}

export function deprecatedOperations(doc: OpenApiDocument): Deprecated[] {
  const found: Deprecated[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      if (!op || typeof op !== 'object' || op.deprecated !== true) continue;
      const since = new Date(String(op['x-deprecated-on'] ?? ''));
      if (Number.isNaN(since.getTime())) throw new Error(`${method.toUpperCase()} ${path} is deprecated without a valid x-deprecated-on date`);
      const sunset = op['x-sunset'] ? new Date(String(op['x-sunset'])) : undefined;
      found.push({ method: method.toUpperCase(), regex: routeRegex(path.replace(/\{([^}]+)\}/g, ':$1')), since, sunset, successor: typeof op['x-successor'] === 'string' ? op['x-successor'] : undefined });
    }
  }
  return found;
}

export function deprecationHeaders(operations: () => Deprecated[], now: () => Date = () => new Date()): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const op = operations().find((o) => o.method === c.req.method && o.regex.test(c.req.path));
    if (!op || now() < op.since) return;
    c.res.headers.set('Deprecation', `@${Math.floor(op.since.getTime() / 1000)}`);
    if (op.sunset) c.res.headers.set('Sunset', op.sunset.toUTCString());
    if (op.successor) c.res.headers.append('Link', `<${op.successor}>; rel="successor-version"`);
  };
}
