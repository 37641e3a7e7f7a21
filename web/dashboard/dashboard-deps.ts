// What the officials' dashboard needs from the composition root.
import type { AppEnv } from '../../domain/lib/http/context.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { Services } from '../../domain/services/services.ts';

export interface DashboardDeps {
  services: Services;
  /** signs the session cookie; the same secret as the web chat's (config.SESSION_SECRET or the data folder's) */
  cookieSecret: string;
  logger: Logger;
  /** sign-in attempts (code requests, codes, tokens) per minute per client address */
  rateLimitPerMinute: number;
}

/** the app's variables plus the signed-in official's name (set by the session middleware) */
export type DashboardEnv = { Variables: AppEnv['Variables'] & { officialName?: string } };
