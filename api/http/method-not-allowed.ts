// The not-found handler that knows the routes: a path served for other methods answers 405 with Allow
// (RFC 9110 §15.5.6), any other path 404, both in the error shape.
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import { jsonError } from '../../domain/lib/http/error-handler.ts';

interface Pattern {
  method: string;
  regex: RegExp;
}

/** Hono route path → RegExp: ":name" and ":name{re}" match one segment, "*" anything. */
export function routeRegex(path: string): RegExp {
  let source = '';
  for (const part of path.split(/(:[A-Za-z0-9_]+(?:\{[^}]*\})?|\*)/)) {
    if (part === '*') source += '.*';
    else if (part.startsWith(':')) {
      const custom = /\{([^}]*)\}$/.exec(part)?.[1];
      source += custom ? `(?:${custom})` : '[^/]+';
    } else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}/?$`);
}

export function methodNotAllowed(app: Hono<AppEnv>) {
  let compiled: { count: number; patterns: Pattern[] } | undefined;
  const patterns = () => {
    // routes are all added at start-up; compile once, again only if more were added since
    if (!compiled || compiled.count !== app.routes.length) {
      compiled = { count: app.routes.length, patterns: app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, regex: routeRegex(r.path) })) };
    }
    return compiled.patterns;
  };
  return (c: Context<AppEnv>) => {
    const methods = new Set(patterns().filter((p) => p.regex.test(c.req.path)).map((p) => p.method));
    if (methods.size === 0 || methods.has(c.req.method)) return jsonError(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`);
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].sort().join(', ');
    c.header('Allow', allow);
    return jsonError(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allow}`);
  };
}
