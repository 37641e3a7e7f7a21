// A sender's first message makes them a buyer (the engine calls createBuyerForIdentity when beginTurn did not
// know the identity), and onboarding as a buyer is recorded once: on PGlite here and on PostgreSQL in CI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createUserRepository } from '../../../domain/repositories/user.repository.ts';
import { createAccountService } from '../../../domain/services/account.service.ts';
import { createProducerRepository } from '../../../domain/repositories/producer.repository.ts';
import { createCatalogRepository } from '../../../domain/repositories/catalog.repository.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const identity = (externalId: string) => ({ channel: 'TELEGRAM' as const, externalId, chatId: externalId, displayName: 'Yohana', language: 'en' as const });

describe('buyer identities', () => {
  it('creates the user and the identity, and answers with the actor that was written', async () => {
    const users = createUserRepository(db.prisma);
    const actor = await users.createBuyerForIdentity(identity('first-1'));
    expect(actor).toMatchObject({ kind: 'user', role: 'BUYER', language: 'en', onboarded: false, regionCodes: [], displayStaff: false });
    expect(actor).not.toHaveProperty('producerId');
    // the actor built without a read is the one a read gives
    expect(await users.loadActor(actor.userId)).toEqual(actor);
    const stored = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'TELEGRAM', externalId: 'first-1' } }, include: { user: true } });
    expect(stored.userId).toBe(actor.userId);
    expect(stored.user.displayName).toBe('Yohana');
  });

  it('returns the existing user when the identity was created meanwhile, and creates no second one', async () => {
    const users = createUserRepository(db.prisma);
    const first = await users.createBuyerForIdentity(identity('twice-1'));
    const again = await users.createBuyerForIdentity(identity('twice-1'));
    expect(again).toEqual(first);
    const both = await Promise.all([users.createBuyerForIdentity(identity('race-1')), users.createBuyerForIdentity(identity('race-1'))]);
    expect(both[0]!.userId).toBe(both[1]!.userId);
    expect(await db.prisma.channelIdentity.count({ where: { externalId: { in: ['twice-1', 'race-1'] } } })).toBe(2);
    expect(await db.prisma.user.count({ where: { identities: { some: { externalId: { in: ['twice-1', 'race-1'] } } } } })).toBe(2);
  });

  it('records a buyer as onboarded once: a second completion keeps the first time', async () => {
    const users = createUserRepository(db.prisma);
    let clock = new Date('2026-11-01T02:00:00Z');
    const account = createAccountService({ users, producers: createProducerRepository(db.prisma), catalog: createCatalogRepository(db.prisma), now: () => clock });
    const actor = await users.createBuyerForIdentity(identity('onboard-1'));
    await account.completeBuyerOnboarding(actor);
    clock = new Date('2026-11-02T02:00:00Z');
    await account.completeBuyerOnboarding(actor);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.onboardedAt?.toISOString()).toBe('2026-11-01T02:00:00.000Z');
    expect((await users.loadActor(actor.userId))?.onboarded).toBe(true);
  });
});
