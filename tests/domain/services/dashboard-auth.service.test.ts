// Dashboard sign-in against the database: codes only for officials (delivered as a notification in the same
// transaction), stored hashed, 10 minutes, 5 attempts, single use, newest code wins; API tokens of officials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/services/actor.ts';
import { MAX_CODES_PER_WINDOW, parseIdentifier } from '../../../domain/services/dashboard-auth.service.ts';
import { createOfficialTestServices, makeOfficial, testClock } from './official-fixtures.ts';

const clock = testClock('2026-11-20T03:00:00Z');
let t: Awaited<ReturnType<typeof createOfficialTestServices>>;
let curator: Actor;
let admin: Actor;
let buyer: Actor;

async function identify(userId: string, channel: 'TELEGRAM' | 'WHATSAPP' | 'CONSOLE', externalId: string) {
  await t.prisma.channelIdentity.create({ data: { userId, channel, externalId, chatId: externalId } });
}
const codesSent = (userId: string) => t.prisma.notification.findMany({ where: { recipientId: userId, template: 'dashboard:notify.code' }, orderBy: { createdAt: 'asc' } });
const lastCode = async (userId: string) => ((await codesSent(userId)).at(-1)?.params as { oneTimeCode: string }).oneTimeCode;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  t = await createOfficialTestServices({ now: clock.now });
  curator = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.09']);
  admin = await makeOfficial(t.services, t.prisma, 'ADMIN');
  buyer = await makeOfficial(t.services, t.prisma, 'BUYER');
  await identify(curator.userId, 'CONSOLE', 'kurator-ngada');
  await identify(admin.userId, 'WHATSAPP', '6281339100202');
  await identify(buyer.userId, 'TELEGRAM', '424242');
});
afterAll(() => t.close());

describe('identifiers', () => {
  it('reads channel:id (WhatsApp numbers normalised) or a bare user id, and refuses anything else', () => {
    expect(parseIdentifier(' console:kurator-ngada ')).toEqual({ kind: 'identity', channel: 'CONSOLE', externalId: 'kurator-ngada' });
    expect(parseIdentifier('WA:+62 813-3910-0202')).toEqual({ kind: 'identity', channel: 'WHATSAPP', externalId: '6281339100202' });
    expect(parseIdentifier('whatsapp:081339100202')).toEqual({ kind: 'identity', channel: 'WHATSAPP', externalId: '6281339100202' });
    expect(parseIdentifier('telegram:424242')).toEqual({ kind: 'identity', channel: 'TELEGRAM', externalId: '424242' });
    expect(parseIdentifier('demo-user-kurator')).toEqual({ kind: 'user', id: 'demo-user-kurator' });
    for (const bad of ['', 'fax:123', 'whatsapp:abc', 'console:', 'two words', 'x'.repeat(101)]) expect(parseIdentifier(bad)).toBeNull();
  });
});

describe('codes', () => {
  it('sends an official a 6-digit code in their chat and keeps only its hash; a buyer or stranger gets nothing', async () => {
    await t.services.dashboardAuth.requestCode('console:kurator-ngada');
    await t.services.dashboardAuth.requestCode('telegram:424242'); // a buyer
    await t.services.dashboardAuth.requestCode('console:nobody');
    const notes = await codesSent(curator.userId);
    expect(notes).toHaveLength(1);
    const code = (notes[0]!.params as { oneTimeCode: string }).oneTimeCode;
    expect(code).toMatch(/^\d{6}$/);
    expect(notes[0]!.params).toEqual({ oneTimeCode: code, minutes: 10 });
    const stored = await t.prisma.signInCode.findMany({ where: { userId: curator.userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.codeHash).not.toContain(code);
    expect(stored[0]!.expiresAt.toISOString()).toBe('2026-11-20T03:10:00.000Z');
    expect(await codesSent(buyer.userId)).toHaveLength(0);
    expect(await t.prisma.signInCode.count({ where: { userId: buyer.userId } })).toBe(0);
    await expect(t.services.dashboardAuth.requestCode('fax:1')).rejects.toMatchObject({ messageKey: 'dashboard:errors.identifier' });
  });

  it('opens a 12-hour session once for the right code; the same code is refused afterwards', async () => {
    const code = await lastCode(curator.userId);
    const session = await t.services.dashboardAuth.verifyCode('console:kurator-ngada', code);
    expect(session).toEqual({ userId: curator.userId, expiresAt: new Date('2026-11-20T15:00:00Z') });
    await expect(t.services.dashboardAuth.verifyCode('console:kurator-ngada', code)).rejects.toMatchObject({ code: 'unauthorized', messageKey: 'dashboard:errors.badCode' });
  });

  it('refuses an expired code, and a right code after five wrong tries', async () => {
    clock.set('2026-11-21T03:00:00Z');
    await t.services.dashboardAuth.requestCode('whatsapp:081339100202');
    const expired = await lastCode(admin.userId);
    clock.set('2026-11-21T03:10:01Z');
    await expect(t.services.dashboardAuth.verifyCode('whatsapp:081339100202', expired)).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });

    await t.services.dashboardAuth.requestCode(admin.userId);
    const code = await lastCode(admin.userId);
    for (let i = 0; i < 5; i++) await expect(t.services.dashboardAuth.verifyCode(admin.userId, i === 0 ? 'abc' : wrong(code))).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });
    await expect(t.services.dashboardAuth.verifyCode(admin.userId, code)).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });
    expect((await t.prisma.signInCode.findFirst({ where: { userId: admin.userId }, orderBy: { createdAt: 'desc' } }))!.attempts).toBe(5);
  });

  it('lets the newest code win, and caps how many codes fill an official’s chat in ten minutes', async () => {
    clock.set('2026-11-22T03:00:00Z');
    for (let i = 0; i < MAX_CODES_PER_WINDOW + 2; i++) await t.services.dashboardAuth.requestCode('console:kurator-ngada');
    const today = await t.prisma.signInCode.findMany({ where: { userId: curator.userId, createdAt: { gte: new Date('2026-11-22T00:00:00Z') } } });
    expect(today).toHaveLength(MAX_CODES_PER_WINDOW);
    const notes = await codesSent(curator.userId);
    const older = (notes.at(-2)!.params as { oneTimeCode: string }).oneTimeCode;
    const newest = (notes.at(-1)!.params as { oneTimeCode: string }).oneTimeCode;
    if (older !== newest) await expect(t.services.dashboardAuth.verifyCode('console:kurator-ngada', older)).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });
    await expect(t.services.dashboardAuth.verifyCode('console:kurator-ngada', newest)).resolves.toMatchObject({ userId: curator.userId });
    // signing in retires every other code of the official
    expect(await t.prisma.signInCode.count({ where: { userId: curator.userId, usedAt: null } })).toBe(0);
  });

  it('gives a stranger and a buyer the same refusal as a wrong code', async () => {
    await expect(t.services.dashboardAuth.verifyCode('telegram:424242', '123456')).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });
    await expect(t.services.dashboardAuth.verifyCode('console:nobody', '123456')).rejects.toMatchObject({ messageKey: 'dashboard:errors.badCode' });
  });
});

describe('API tokens and sessions', () => {
  it('signs an official in with their token and refuses a buyer’s or a forged one', async () => {
    const system = { kind: 'system', name: 'test' } as const;
    const { token } = await t.services.auth.createApiToken(system, { userId: admin.userId, name: 'dashboard' });
    await expect(t.services.dashboardAuth.signInWithToken(` ${token} `)).resolves.toMatchObject({ userId: admin.userId });
    const buyers = await t.services.auth.createApiToken(system, { userId: buyer.userId, name: 'x' });
    await expect(t.services.dashboardAuth.signInWithToken(buyers.token)).rejects.toMatchObject({ messageKey: 'dashboard:errors.badToken' });
    await expect(t.services.dashboardAuth.signInWithToken('etl_00000000_forgedforgedforgedforged')).rejects.toMatchObject({ messageKey: 'dashboard:errors.badToken' });
  });

  it('loads the session’s official fresh: a demoted user has no session', async () => {
    expect(await t.services.dashboardAuth.sessionOfficial(curator.userId)).toMatchObject({ actor: { userId: curator.userId, role: 'CURATOR', regionCodes: ['53.09'] } });
    const demoted = await makeOfficial(t.services, t.prisma, 'CURATOR', ['53.10']);
    await t.prisma.user.update({ where: { id: demoted.userId }, data: { role: 'BUYER' } });
    expect(await t.services.dashboardAuth.sessionOfficial(demoted.userId)).toBeNull();
    expect(await t.services.dashboardAuth.sessionOfficial('no-such-user')).toBeNull();
  });
});
