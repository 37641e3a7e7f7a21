// Invitations: an admin makes a code, an official claims it once; used, expired, wrong codes change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../domain/services/actor.ts';
import { createInvitation, normalizeCode } from '../../../domain/services/invitation.service.ts';
import { actorOf, createOfficialTestServices, makeOfficial, makeProducer, testClock } from './official-fixtures.ts';

let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
const clock = testClock('2026-11-10T02:00:00Z');
beforeAll(async () => {
  t = await createOfficialTestServices({ now: clock.now });
});
afterAll(() => t.close());

const roleOf = async (userId: string) => (await t.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { curatorOf: true } }));

describe('invitations', () => {
  it('an admin creates a curator code; a buyer claims it and becomes curator of those regencies', async () => {
    const admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
    const inv = await t.services.invitations.create(admin, { role: 'CURATOR', regionCodes: ['53.09', '53.10'], ttlDays: 7 });
    expect(inv.code).toMatch(/^NTT-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await t.prisma.invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(stored.codeHash).not.toContain(normalizeCode(inv.code)); // only the hash is kept
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    // typed loosely: lower case, spaces instead of dashes
    const result = await t.services.invitations.claim(buyer, inv.code.toLowerCase().replace(/-/g, ' '));
    expect(result).toEqual({ role: 'CURATOR', regionCodes: ['53.09', '53.10'] });
    const user = await roleOf(buyer.userId);
    expect(user.role).toBe('CURATOR');
    expect(user.curatorOf.map((c) => c.regionCode).sort()).toEqual(['53.09', '53.10']);
  });

  it('a used code is refused for the next person, who stays what they were', async () => {
    const inv = await t.services.invitations.create(systemActor('test'), { role: 'CURATOR', regionCodes: ['53.01'], ttlDays: 7 });
    await t.services.invitations.claim(await makeOfficial(t.services, t.prisma, 'BUYER'), inv.code);
    const late = await makeOfficial(t.services, t.prisma, 'BUYER');
    await expect(t.services.invitations.claim(late, inv.code)).rejects.toMatchObject({ code: 'conflict', messageKey: 'official:errors.codeUsed' });
    expect((await roleOf(late.userId)).role).toBe('BUYER');
    expect((await roleOf(late.userId)).curatorOf).toEqual([]);
  });

  it('an expired code is refused and stays unused', async () => {
    const inv = await t.services.invitations.create(systemActor('test'), { role: 'CURATOR', regionCodes: ['53.02'], ttlDays: 1 });
    clock.advanceDays(2);
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    await expect(t.services.invitations.claim(buyer, inv.code)).rejects.toMatchObject({ messageKey: 'official:errors.codeExpired' });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: inv.id } })).usedAt).toBeNull();
    expect((await roleOf(buyer.userId)).role).toBe('BUYER');
  });

  it('a wrong or malformed code is refused', async () => {
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    await expect(t.services.invitations.claim(buyer, 'NTT-AAAA-BBBB')).rejects.toMatchObject({ code: 'not_found', messageKey: 'official:errors.invalidCode' });
    await expect(t.services.invitations.claim(buyer, '!!')).rejects.toMatchObject({ messageKey: 'official:errors.invalidCode' });
    expect((await roleOf(buyer.userId)).role).toBe('BUYER');
  });

  it('two people claiming one code at once: exactly one wins', async () => {
    const inv = await t.services.invitations.create(systemActor('test'), { role: 'CURATOR', regionCodes: ['53.03'], ttlDays: 7 });
    const [a, b] = [await makeOfficial(t.services, t.prisma, 'BUYER'), await makeOfficial(t.services, t.prisma, 'BUYER')];
    const results = await Promise.allSettled([t.services.invitations.claim(a, inv.code), t.services.invitations.claim(b, inv.code)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.prisma.curatorRegion.count({ where: { regionCode: '53.03' } })).toBe(1);
  });

  it('only admins create codes; a curator needs a known regency; an admin code binds none', async () => {
    const curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
    await expect(t.services.invitations.create(curator, { role: 'CURATOR', regionCodes: ['53.09'] })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.services.invitations.create(systemActor('t'), { role: 'CURATOR', regionCodes: [] })).rejects.toMatchObject({ code: 'validation', messageKey: 'official:errors.invitationInput' });
    await expect(t.services.invitations.create(systemActor('t'), { role: 'CURATOR', regionCodes: ['53.99'] })).rejects.toMatchObject({ messageKey: 'official:errors.unknownRegion' });
    const admin = await createInvitation(t.services, { role: 'ADMIN', regionCodes: ['53.09'], ttlDays: 3 });
    expect(admin.regionCodes).toEqual([]);
    const buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
    expect(await t.services.invitations.claim(buyer, admin.code)).toEqual({ role: 'ADMIN', regionCodes: [] });
    expect((await actorOf(t.services, buyer.userId)).role).toBe('ADMIN');
  });

  it('a producer cannot turn their account into an official one', async () => {
    const inv = await t.services.invitations.create(systemActor('t'), { role: 'CURATOR', regionCodes: ['53.04'], ttlDays: 3 });
    const producer = await makeProducer(t.services, t.prisma, '53.04');
    await expect(t.services.invitations.claim(producer, inv.code)).rejects.toMatchObject({ messageKey: 'official:errors.producerCannotClaim' });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: inv.id } })).usedAt).toBeNull();
  });
});
