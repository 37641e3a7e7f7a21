// The API document without a database or a running server: the same createApp as the server and the
// tests, with services that are never called (building routes only captures them). For the generated
// client (npm run api:client) and its staleness test.
import { createApp } from '../app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import type { Services } from '../../domain/services/services.ts';
import { openApiDocument, type OpenApiDocument } from './document.ts';

export function staticDocument(): OpenApiDocument {
  // a request would reach undefined and fail loudly; no request is ever made on this app
  const services = {} as Services;
  const app = createApp({ services, logger: silentLogger, rateLimitPerMinute: 1, health: { databaseKind: 'pglite', pingDatabase: async () => {} } });
  return openApiDocument(app);
}
