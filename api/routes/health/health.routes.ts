// GET /health: each part of the system, 503 when the database does not answer.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import { anyObject } from '../../../domain/lib/http/error-shape.ts';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'down']),
    database: z.enum(['pglite', 'postgresql']),
    databaseUp: z.boolean(),
    parts: z.record(z.string(), anyObject()).openapi({ description: 'telegram, whatsapp, outbox ...: each its own state' }),
  })
  .openapi('Health');

export interface HealthProbe {
  databaseKind: 'pglite' | 'postgresql';
  pingDatabase(): Promise<void>;
  /** extra parts (telegram, whatsapp, outbox ...), each reporting its own state */
  parts?: () => Promise<Record<string, unknown>>;
}

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['operations'],
  security: [],
  summary: 'Health of the database, channels and outbox',
  responses: {
    200: { description: 'up', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'database down', content: { 'application/json': { schema: healthSchema } } },
  },
});

export function healthRoutes(probe: HealthProbe) {
  return new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
    let databaseUp = true;
    try {
      await Promise.race([probe.pingDatabase(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000))]);
    } catch {
      databaseUp = false;
    }
    const parts = databaseUp && probe.parts ? await probe.parts().catch(() => ({})) : {};
    const body = { status: databaseUp ? ('ok' as const) : ('down' as const), database: probe.databaseKind, databaseUp, parts };
    return databaseUp ? c.json(body, 200) : c.json(body, 503);
  });
}
