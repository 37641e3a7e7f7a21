// The outbox rows as the WhatsApp Cloud delivery writes them, on PGlite and (TEST_DATABASE_URL) PostgreSQL:
// sent with its wamid, statuses only moving forward (failed overrides), postponed without spending the
// attempt, failed for good with its Graph error code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationRepository } from '../../../domain/repositories/notification.repository.ts';
import { createWhatsAppCloudRepository } from '../../../domain/repositories/whatsapp-cloud.repository.ts';
import type { Database } from '../../../domain/db/database.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

async function claimedRow(owner: string) {
  const user = await db.prisma.user.create({ data: { displayName: `u-${Math.random().toString(36).slice(2, 8)}` } });
  const notifications = createNotificationRepository(db.prisma);
  await notifications.enqueue([{ recipientId: user.id, template: 'orders:notify.newOrder', params: { number: 'X1' } }]);
  const [row] = (await notifications.claim(owner, 100, 60_000)).filter((r) => r.recipientId === user.id);
  return row!;
}

describe('WhatsApp Cloud outbox rows', () => {
  it('sent with the wamid; statuses move forward only, a failure overrides with its code', async () => {
    const repo = createWhatsAppCloudRepository(db.prisma);
    const row = await claimedRow('o1');
    const wamid = `wamid.R${Date.now()}`;
    await repo.markSent(row.id, 'o1', wamid, 'etalase_new_order', new Date(), false);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'SENT', waMessageId: wamid, waTemplate: 'etalase_new_order', waStatus: 'sent', claimedBy: null });
    expect(await repo.recordStatus(wamid, 'read', new Date())).toBe(true);
    expect(await repo.recordStatus(wamid, 'delivered', new Date())).toBe(false);
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: row.id } })).waStatus).toBe('read');
    expect(await repo.recordStatus(wamid, 'failed', new Date(), 131050)).toBe(true);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ waStatus: 'failed', waErrorCode: 131050 });
    expect(await repo.recordStatus('wamid.unknown', 'read', new Date())).toBe(false);
  });

  it('postponed without spending the attempt; failed for good with the code, only by its owner', async () => {
    const repo = createWhatsAppCloudRepository(db.prisma);
    const row = await claimedRow('o2');
    expect(row.attempts).toBe(1);
    const later = new Date(Date.now() + 6_000);
    await repo.postpone(row.id, 'o2', later);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: later, claimedBy: null });

    const other = await claimedRow('o3');
    expect((await repo.fail(other.id, 'someone-else', 'x', 1)).count).toBe(0);
    await repo.fail(other.id, 'o3', 'WhatsApp Cloud API error 131026: Message undeliverable', 131026);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: 'FAILED', waErrorCode: 131026, waStatus: 'failed' });
  });
});
