// The typed client of the API, generated from /openapi.json (schema.gen.ts, `npm run api:client`) and used by
// the project's own tools: the chat and admin command lines, the seed, the backup and the benchmark drivers.
// So the document is proven by real callers: a route that drifts from its contract breaks their typecheck.
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.gen.ts';

export type ApiClient = Client<paths>;
export type ApiErrorBody = components['schemas']['Error'];

export interface ApiClientOptions {
  baseUrl: string;
  /** Bearer API token for /api/v1 */
  token?: string;
  /** the data folder's local secret for /internal (loopback only) */
  localSecret?: string;
  /** another transport: app.fetch in-process, a connection per request ... */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.localSecret) headers['x-local-secret'] = options.localSecret;
  return createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
}

/** the client for the running server on this machine (the port and secret of its data folder) */
export const localClient = (port: number, secret: string, fetch?: ApiClientOptions['fetch']) => createApiClient({ baseUrl: `http://127.0.0.1:${port}`, localSecret: secret, fetch });

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.error.message ?? `server answered ${status}`);
    this.name = 'ApiError';
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { error?: { message?: unknown } }).error?.message === 'string';
}

/** The answer's data, or an ApiError with the server's typed error. */
export function unwrap<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.error !== undefined || answer.data === undefined) throw new ApiError(answer.response.status, isErrorBody(answer.error) ? answer.error : undefined);
  return answer.data;
}
