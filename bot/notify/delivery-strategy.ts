// A channel-specific way of delivering an outbox row, tried by the dispatcher before the engine's plain
// delivery. A strategy answers null for rows it does not handle; otherwise it has done the row's
// bookkeeping itself (sent, postponed or failed for good) and says which. Throwing means "try again
// later": the dispatcher's usual backoff and attempt limit apply.
import type { NotificationRow } from '../../domain/repositories/notification.repository.ts';

export type StrategyOutcome = 'sent' | 'postponed' | 'failed';

export interface DeliveryStrategy {
  deliver(row: NotificationRow): Promise<StrategyOutcome | null>;
}
