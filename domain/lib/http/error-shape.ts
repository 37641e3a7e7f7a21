// The one documented JSON error shape for every 4xx/5xx answer of the API.
import { z } from '@hono/zod-openapi';
import { statusOf, type ErrorCode } from '../errors.ts';

const codes = Object.keys(statusOf) as [ErrorCode, ...ErrorCode[]];

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(codes).openapi({ description: 'stable machine-readable code; the HTTP status follows from it' }),
      message: z.string().openapi({ description: 'English, for developers; chat and pages show translated texts' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional().openapi({ description: 'the fields at fault, for validation errors' }),
      requestId: z.string().optional().openapi({ description: 'the X-Request-Id of the answer; quote it when reporting a problem' }),
    }),
  })
  .openapi('Error', { example: { error: { code: 'validation', message: 'invalid input', details: [{ path: 'quantity', message: 'Too small: expected number to be >=1' }], requestId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' } } });

export type ErrorBody = z.infer<typeof errorSchema>;

/** an object of any fields, documented as such (zod's unknown would give an untyped nullable schema) */
export const anyObject = () => z.record(z.string(), z.unknown()).openapi({ additionalProperties: true });

const shape = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

export const errorResponses = {
  400: shape('Invalid input'),
  401: shape('Missing or invalid API token'),
  403: shape('Not allowed for this user'),
  404: shape('Not found'),
  409: shape('Conflict with the current state'),
  413: shape('Request body too large'),
  415: shape('Unsupported content type'),
  422: shape('Understood but refused by a business rule'),
  429: shape('Rate limited'),
  500: shape('Internal error'),
  503: shape('Database or service unavailable'),
} as const;
