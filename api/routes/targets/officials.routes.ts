// The officials' API in one sub-app: invitations and curation, licensing cases, targets and reports.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../domain/lib/http/context.ts';
import type { Services } from '../../../domain/services/services.ts';
import { curationRoutes } from '../curation/curation.routes.ts';
import { licensingRoutes } from '../licensing/licensing.routes.ts';
import { targetRoutes } from './targets.routes.ts';

export function officialRoutes(services: Services): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', curationRoutes(services));
  app.route('/', licensingRoutes(services));
  app.route('/', targetRoutes(services));
  return app;
}
