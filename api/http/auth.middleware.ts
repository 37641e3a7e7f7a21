// Bearer API token → acting user. `requireAuth` rejects without one; `optionalAuth` lets public routes
// see officials (e.g. to include unpublished products).
import type { MiddlewareHandler } from 'hono';
import type { AuthService } from '../../domain/services/auth.service.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

export function requireAuth(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', await auth.authenticate(bearer(c.req.header('authorization'))));
    await next();
  };
}

export function optionalAuth(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    if (token) c.set('actor', await auth.authenticate(token));
    await next();
  };
}
