// The one documented JSON error shape for every 4xx/5xx answer of the API.
import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['validation', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'unprocessable', 'rate_limited', 'internal', 'unavailable']),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

export type ErrorBody = z.infer<typeof errorSchema>;

export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Missing or invalid API token', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Not allowed for this user', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Conflict with the current state', content: { 'application/json': { schema: errorSchema } } },
  422: { description: 'Understood but refused by a business rule', content: { 'application/json': { schema: errorSchema } } },
  429: { description: 'Rate limited', content: { 'application/json': { schema: errorSchema } } },
  500: { description: 'Internal error', content: { 'application/json': { schema: errorSchema } } },
  503: { description: 'Database or service unavailable', content: { 'application/json': { schema: errorSchema } } },
} as const;
