// The outbox rows as the WhatsApp Cloud delivery sees them: which message (wamid) carried a notification,
// the delivery statuses Meta reports for it, and putting a row back without spending an attempt when only
// a rate limit stood in the way.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export type WaStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** A status only moves forward (Meta's webhooks may arrive out of order); failed overrides any. */
const EARLIER: Record<WaStatus, WaStatus[]> = { sent: [], delivered: ['sent'], read: ['sent', 'delivered'], failed: ['sent', 'delivered', 'read'] };

export function createWhatsAppCloudRepository(prisma: PrismaClient) {
  return {
    /** Marks a claimed row delivered to the Cloud API, with the wamid and the template used (null: free-form). */
    markSent: (id: string, owner: string, wamid: string, template: string | null, now: Date, scrubParams: boolean) =>
      prisma.notification.updateMany({
        where: { id, claimedBy: owner },
        data: {
          status: 'SENT', sentAt: now, claimedBy: null, claimedUntil: null, lastError: null,
          waMessageId: wamid, waTemplate: template, waStatus: 'sent', waStatusAt: now, waErrorCode: null,
          ...(scrubParams ? { params: {} } : {}),
        },
      }),

    /** Records a status webhook on the row that sent the message; false when no row has that wamid. */
    async recordStatus(wamid: string, status: WaStatus, at: Date, errorCode?: number): Promise<boolean> {
      const result = await prisma.notification.updateMany({
        where: { waMessageId: wamid, OR: [{ waStatus: null }, { waStatus: { in: EARLIER[status] } }] },
        data: { waStatus: status, waStatusAt: at, ...(errorCode !== undefined ? { waErrorCode: errorCode } : {}) },
      });
      return result.count > 0;
    },

    /** Hands a claimed row back for later without counting the attempt (pair limit, a paused token). */
    postpone: (id: string, owner: string, at: Date, note?: string) =>
      prisma.notification.updateMany({
        where: { id, claimedBy: owner },
        data: { status: 'PENDING', nextAttemptAt: at, claimedBy: null, claimedUntil: null, attempts: { decrement: 1 }, ...(note ? { lastError: note.slice(0, 500) } : {}) },
      }),

    /** A permanent refusal, recorded once with its Graph error code; the row is never tried again. */
    fail: (id: string, owner: string, error: string, code: number | null) =>
      prisma.notification.updateMany({ where: { id, claimedBy: owner }, data: { status: 'FAILED', claimedBy: null, claimedUntil: null, lastError: error.slice(0, 500), waErrorCode: code, waStatus: 'failed', waStatusAt: new Date() } }),
  };
}

export type WhatsAppCloudRepository = ReturnType<typeof createWhatsAppCloudRepository>;
