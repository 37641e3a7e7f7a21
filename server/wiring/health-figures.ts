// What GET /health reports, read from the database at most once a few seconds (fresh-enough.ts) instead of
// on every request: the database's ping and the outbox's backlog. The channels' own states cost nothing and
// are read live. A database that stops answering shows as down within a few seconds.
import type { HealthProbe } from '../../api/routes/health/health.routes.ts';
import type { Database } from '../../domain/db/database.ts';
import { freshEnough } from '../../domain/lib/fresh-enough.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Channels } from './channels.ts';

/** how old the database figures of /health may be */
const HEALTH_MAX_AGE_MS = 2_000;

export function cachedHealth(db: Pick<Database, 'kind' | 'ping'>, parts: () => Promise<Record<string, unknown>>): HealthProbe {
  const ping = freshEnough(() => db.ping(), HEALTH_MAX_AGE_MS);
  return { databaseKind: db.kind, pingDatabase: () => ping.get(), parts };
}

export function healthParts(rt: Runtime, channels: Channels): () => Promise<Record<string, unknown>> {
  const backlog = freshEnough(() => rt.services.repos.notifications.backlog(), HEALTH_MAX_AGE_MS);
  return async () => {
    const outbox = await backlog.get();
    return {
      telegram: channels.telegram ? { state: channels.telegram.status().mode, lastUpdateAt: channels.telegram.status().lastUpdateAt } : { state: 'off' },
      whatsapp: channels.whatsappCloud ? channels.whatsappCloud.channel.status() : channels.whatsapp ? channels.whatsapp.status() : { state: 'off' },
      outbox: { backlog: outbox.pending, failed: outbox.failed, oldestUndeliveredAt: outbox.oldestPendingAt },
    };
  };
}
