// The outbox: notification rows written in the same transaction as the state change they announce, then
// claimed by a dispatcher (FOR UPDATE SKIP LOCKED, so two processes never take the same row), delivered,
// and marked sent, retried later with backoff, or failed for good.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';

export interface NotificationInput {
  recipientId: string;
  /** i18n key rendered in the recipient's language at delivery */
  template: string;
  params?: Record<string, string | number | null>;
  /** buttons: label i18n key (+ params) and the value (usually an action "!name:arg") */
  choices?: { labelKey: string; value?: string; url?: string; params?: Record<string, string | number> }[];
  mediaId?: string | null;
}

export type NotificationRow = Prisma.NotificationGetPayload<object>;
type Tx = Prisma.TransactionClient | PrismaClient;

/** A notification's row as stored (the defaults of its optional parts filled in): here and in checkout's SQL. */
export function notificationRow(n: NotificationInput) {
  return { recipientId: n.recipientId, template: n.template, params: n.params ?? {}, choices: n.choices ?? [], mediaId: n.mediaId ?? null };
}

/** Writes notifications inside the caller's transaction. */
export async function enqueueNotifications(tx: Tx, notes: NotificationInput[]): Promise<void> {
  if (notes.length === 0) return;
  await tx.notification.createMany({
    data: notes.map((n) => {
      const row = notificationRow(n);
      return { ...row, params: row.params as Prisma.InputJsonValue, choices: row.choices as Prisma.InputJsonValue };
    }),
  });
}

export function createNotificationRepository(prisma: PrismaClient) {
  return {
    enqueue: (notes: NotificationInput[]) => enqueueNotifications(prisma, notes),

    /** Claims up to `limit` due notifications for `owner` until `leaseMs` from now. */
    async claim(owner: string, limit: number, leaseMs: number, now = new Date()): Promise<NotificationRow[]> {
      const until = new Date(now.getTime() + leaseMs);
      return prisma.$queryRaw<NotificationRow[]>`
        UPDATE "Notification" SET status = 'SENDING', "claimedBy" = ${owner}, "claimedUntil" = ${until}, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM "Notification"
          WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now}) OR (status = 'SENDING' AND "claimedUntil" < ${now})
          ORDER BY "nextAttemptAt", "createdAt", id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING *`;
    },

    /** Marks delivered; a one-time secret among the params (a sign-in code) is wiped once it has been sent. */
    markSent: (id: string, owner: string, now = new Date(), scrubParams = false) =>
      prisma.notification.updateMany({
        where: { id, claimedBy: owner },
        data: { status: 'SENT', sentAt: now, claimedBy: null, claimedUntil: null, lastError: null, ...(scrubParams ? { params: {} } : {}) },
      }),

    retryLater: (id: string, owner: string, at: Date, error: string) =>
      prisma.notification.updateMany({ where: { id, claimedBy: owner }, data: { status: 'PENDING', nextAttemptAt: at, claimedBy: null, claimedUntil: null, lastError: error.slice(0, 500) } }),

    fail: (id: string, owner: string, error: string) =>
      prisma.notification.updateMany({ where: { id, claimedBy: owner }, data: { status: 'FAILED', claimedBy: null, claimedUntil: null, lastError: error.slice(0, 500) } }),

    /** Graceful shutdown: what this process claimed goes back to the queue at once. */
    releaseClaims: (owner: string) =>
      prisma.notification.updateMany({ where: { claimedBy: owner, status: 'SENDING' }, data: { status: 'PENDING', claimedBy: null, claimedUntil: null, attempts: { decrement: 1 } } }),

    async backlog(): Promise<{ pending: number; failed: number; oldestPendingAt: Date | null }> {
      const [pending, failed, oldest] = await Promise.all([
        prisma.notification.count({ where: { status: { in: ['PENDING', 'SENDING'] } } }),
        prisma.notification.count({ where: { status: 'FAILED' } }),
        prisma.notification.findFirst({ where: { status: { in: ['PENDING', 'SENDING'] } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
      ]);
      return { pending, failed, oldestPendingAt: oldest?.createdAt ?? null };
    },

    listFor: (recipientId: string) => prisma.notification.findMany({ where: { recipientId }, orderBy: { createdAt: 'asc' } }),
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
