// Delivers the outbox: claims due notifications, sends each through the engine to the chat the recipient
// used last, marks it sent, or retries with exponential backoff (failed for good after maxAttempts).
// Channel adapters pace the actual sends within Telegram's and WhatsApp's limits.
import type { Logger } from '../../domain/lib/logger.ts';
import type { NotificationRepository, NotificationRow } from '../../domain/repositories/notification.repository.ts';
import type { Engine } from '../core/engine.ts';
import type { DeliveryStrategy } from './delivery-strategy.ts';
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
  /** channel-specific deliveries tried first (WhatsApp Cloud: window, templates, pair limit) */
  strategies?: DeliveryStrategy[];
}

/** Notifications carrying a one-time secret (a param named "oneTimeCode"): the secret is wiped after delivery. */
function isSecret(row: NotificationRow): boolean {
  const params = row.params as Record<string, unknown> | null;
  return Boolean(params && typeof params === 'object' && 'oneTimeCode' in params);
}

/**
 * How long a claimed notification stays this process's. Longer than the longest a send can take: Telegram's
 * auto-retry waits out up to 5 answers of 429 of up to 120 s each (adapter.ts), and the claim used to be
 * 120 s, so a second process could claim a row still being retried and send it again (issue 28). A process
 * that dies leaves its claims to the others after this long: late, never lost.
 */
export const DEFAULT_LEASE_MS = 15 * 60_000;

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
  const stats = { sent: 0, retried: 0, failed: 0, unreachable: 0 };

  async function deliverOne(row: NotificationRow): Promise<void> {
    try {
      for (const strategy of o.strategies ?? []) {
        const outcome = await strategy.deliver(row);
        if (outcome === null) continue;
        if (outcome === 'sent') stats.sent++;
        else if (outcome === 'failed') stats.failed++;
        return;
      }
      const result = await o.engine.deliver(row.recipientId, (lang) => renderNotification(row, lang));
      if (!result.delivered && result.unreachable) {
        // the user blocked the bot on every chat they have: retrying would only be refused again
        await o.notifications.fail(row.id, o.owner, 'recipient unreachable: every chat refused delivery (blocked the bot)');
        stats.unreachable++;
        return;
      }
      if (!result.delivered) throw new Error('no channel reaches the recipient now');
      await o.notifications.markSent(row.id, o.owner, now(), isSecret(row));
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

  /**
   * One pass: claim a batch and deliver it, claiming the next batch as soon as this one is handed out while
   * batches come back full; returns how many were claimed. A pool of `concurrency` senders, not fixed
   * chunks or batches: one slow send (a chat's 1 s spacing, a 429's retry_after) holds its own slot only,
   * instead of holding back the chunk or batch it came in with (bench/, scenario "dispatch").
   */
  async function tick(): Promise<number> {
    const queue: NotificationRow[] = [];
    let claimed = 0;
    let more = true;
    let claiming: Promise<void> | undefined;
    const refill = async () => {
      const rows = await o.notifications.claim(o.owner, batchSize, o.leaseMs ?? DEFAULT_LEASE_MS, now());
      claimed += rows.length;
      queue.push(...rows);
      more = rows.length >= batchSize;
    };
    await refill();
    const worker = async () => {
      for (;;) {
        const row = queue.shift();
        if (row) {
          await deliverOne(row);
          continue;
        }
        if (!more || stopped) return;
        claiming ??= refill().finally(() => {
          claiming = undefined;
        });
        await claiming;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return claimed;
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
