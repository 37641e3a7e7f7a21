// A route's role check before its input is validated: a caller who may never use the route gets 403, not a
// 400 that would describe the route's body. The checks are the services' own (domain/services/actor.ts), which
// run again inside the service call.
import type { MiddlewareHandler } from 'hono';
import type { AnyActor } from '../../domain/services/actor.ts';
import type { AppEnv } from '../../domain/lib/http/context.ts';

export function roleGate(check: (actor: AnyActor) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor) check(actor);
    await next();
  };
}
