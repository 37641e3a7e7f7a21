// Delivers the outbox: claims due notifications, sends each through the engine to the chat the recipient
// used last, marks it sent, or retries with exponential backoff (failed for good after maxAttempts).
// Channel adapters pace the actual sends within Telegram's and WhatsApp's limits.
import type { Logger } from '../../api/lib/logger.ts';
import type { NotificationRepository, NotificationRow } from '../../api/repositories/notification.repository.ts';
import type { Engine } from '../core/engine.ts';
import { renderNotification } from './render-notification.ts';

export interface DispatcherOptions {
  notifications: NotificationRepository;
  engine: Pick<Engine, 'deliver'>;
  logger: Logger;
  owner: string;
  pollMs?: number;
  batchSize?: number;
  /** sends in flight at once; per-chat order is kept by the engine's queue */
  concurrency?: number;
  maxAttempts?: number;
  baseBackoffMs?: number;
  leaseMs?: number;
  now?: () => Date;
}

export function backoffMs(attempt: number, base: number): number {
  return Math.min(base * 2 ** Math.max(0, attempt - 1), 30 * 60_000);
}

export function createDispatcher(o: DispatcherOptions) {
  const now = o.now ?? (() => new Date());
  const batchSize = o.batchSize ?? 100;
  const concurrency = o.concurrency ?? 32;
  const maxAttempts = o.maxAttempts ?? 8;
  const base = o.baseBackoffMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;
  const stats = { sent: 0, retried: 0, failed: 0 };

  async function deliverOne(row: NotificationRow): Promise<void> {
    try {
      const result = await o.engine.deliver(row.recipientId, (lang) => renderNotification(row, lang));
      if (!result.delivered) throw new Error('no channel reaches the recipient now');
      await o.notifications.markSent(row.id, o.owner, now());
      stats.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (row.attempts >= maxAttempts) {
        await o.notifications.fail(row.id, o.owner, message);
        stats.failed++;
        o.logger.warn({ notificationId: row.id, attempts: row.attempts, err: message }, 'notification failed for good');
      } else {
        await o.notifications.retryLater(row.id, o.owner, new Date(now().getTime() + backoffMs(row.attempts, base)), message);
        stats.retried++;
      }
    }
  }

  /** One pass: claim a batch and deliver it; returns how many were claimed. */
  async function tick(): Promise<number> {
    const rows = await o.notifications.claim(o.owner, batchSize, o.leaseMs ?? 120_000, now());
    for (let i = 0; i < rows.length; i += concurrency) {
      await Promise.all(rows.slice(i, i + concurrency).map(deliverOne));
    }
    return rows.length;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().catch((error: unknown) => {
        o.logger.error({ err: error }, 'outbox pass failed');
        return 0;
      });
      void running.then((n) => schedule(n >= batchSize ? 0 : (o.pollMs ?? 500)));
    }, delay);
  }

  return {
    tick,
    start: () => {
      stopped = false;
      schedule(0);
    },
    /** stops polling, waits for the pass in flight, hands unfinished claims back */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await o.notifications.releaseClaims(o.owner);
    },
    stats,
  };
}
