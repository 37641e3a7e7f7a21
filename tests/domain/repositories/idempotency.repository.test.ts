// Idempotency-Key records in the database (issue 28): two app instances on one database, as two processes
// behind a load balancer are. A retry that lands on the other instance gets the first answer (and creates
// nothing new); the same key with another body answers 422 on either; two requests at once with one key
// create one thing; a key whose first process died mid-request is taken over once its lease runs out; the
// sweep deletes what expired. On PGlite the instances share the database; on PostgreSQL (the postgres
// project) each has its own connection pool.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.ts';
import { idempotencySlot } from '../../../api/http/idempotency.ts';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { silentLogger } from '../../../domain/lib/logger.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { createServices, type Services } from '../../../domain/services/services.ts';
import { createPostgresTestDatabase, createTestDatabase, REFERENCE_DB } from '../../helpers/test-database.ts';

type App = ReturnType<typeof createApp>;
let databases: Database[] = [];
let dropPg: (() => Promise<void>) | undefined;
let services: Services[] = [];
let apps: App[] = [];
let headers: Record<string, string>;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    const pg = await createPostgresTestDatabase(REFERENCE_DB);
    dropPg = pg.drop;
    databases = [await openDatabase({ databaseUrl: pg.url, migrate: false }), await openDatabase({ databaseUrl: pg.url, migrate: false })];
  } else {
    const db = await createTestDatabase({ referenceData: true });
    databases = [db, db];
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-idem-'));
  services = databases.map((db) => createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 1024 * 1024 }) }));
  apps = services.map((s, i) => createApp({ services: s, logger: silentLogger, rateLimitPerMinute: 10_000, trustProxy: { kind: 'hops', hops: 1 }, health: { databaseKind: databases[i]!.kind, pingDatabase: () => databases[i]!.ping() } }));
  const admin = await databases[0]!.prisma.user.create({ data: { displayName: 'admin-idem', role: 'ADMIN', onboardedAt: new Date() } });
  const { token } = await services[0]!.auth.createApiToken({ kind: 'system', name: 'test' }, { userId: admin.id, name: 'test' });
  headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}, 120_000);

afterAll(async () => {
  for (const db of new Set(databases)) await db.close();
  await dropPg?.();
});

const invite = (app: App, key: string, regionCodes: string[]) =>
  app.request('/api/v1/invitations', { method: 'POST', headers: { ...headers, 'idempotency-key': key }, body: JSON.stringify({ role: 'CURATOR', regionCodes }) });
const invitations = () => databases[0]!.prisma.invitation.count();

describe('Idempotency-Key across two app instances on one database', () => {
  it('a retry on the other instance returns the first answer and creates nothing new', async () => {
    const before = await invitations();
    const first = await invite(apps[0]!, 'shared-0001-abcdef', ['53.09']);
    expect(first.status).toBe(201);
    const code = ((await first.json()) as { code: string }).code;
    const again = await invite(apps[1]!, 'shared-0001-abcdef', ['53.09']);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { code: string }).code).toBe(code);
    expect(await invitations()).toBe(before + 1);
    const row = await databases[0]!.prisma.idempotencyRecord.findFirst({ where: { slot: { endsWith: ' /api/v1/invitations shared-0001-abcdef' } } });
    expect(row?.status).toBe(201);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
  });

  it('the same key with another body answers 422 in the error shape, on either instance', async () => {
    expect((await invite(apps[0]!, 'shared-0002-abcdef', ['53.09'])).status).toBe(201);
    for (const app of apps) {
      const changed = await invite(app, 'shared-0002-abcdef', ['53.10']);
      expect(changed.status).toBe(422);
      const body = (await changed.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unprocessable');
      expect(body.error.message).toMatch(/different request/);
    }
  });

  it('two requests at once with one key, one on each instance, create one invitation', async () => {
    const before = await invitations();
    const answers = await Promise.all(apps.map((app) => invite(app, 'shared-0003-abcdef', ['53.09'])));
    const statuses = answers.map((a) => a.status).sort();
    // the second waits for the first and replays it, or (still running after its wait) answers 409
    expect([[201, 201], [201, 409]]).toContainEqual(statuses);
    expect(answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    expect(await invitations()).toBe(before + 1);
  });

  it('a key held by a request still running elsewhere with another body answers 422 at once', async () => {
    const slot = idempotencySlot(headers.authorization, '', '/api/v1/invitations', 'shared-0004-abcdef');
    const now = new Date();
    const held = await services[1]!.repos.idempotency.begin(slot, 'fingerprint-of-another-body', now, new Date(now.getTime() + 120_000));
    expect(held.state).toBe('new');
    const started = Date.now();
    expect((await invite(apps[0]!, 'shared-0004-abcdef', ['53.09'])).status).toBe(422);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a key whose process died mid-request is taken over once its lease has run out', async () => {
    const before = await invitations();
    const first = await invite(apps[0]!, 'shared-0005-abcdef', ['53.09']);
    expect(first.status).toBe(201);
    const slot = (await databases[0]!.prisma.idempotencyRecord.findFirst({ where: { slot: { endsWith: ' shared-0005-abcdef' } } }))!.slot;
    // as if the first request's process had died before its answer: a lease that ran out, no answer
    await databases[0]!.prisma.idempotencyRecord.update({ where: { slot }, data: { status: null, body: null, expiresAt: new Date(Date.now() - 1_000) } });
    const retry = await invite(apps[1]!, 'shared-0005-abcdef', ['53.09']);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await invitations()).toBe(before + 2);
    // and held while running, the same request answers 409 after its wait
    const now = new Date();
    await databases[0]!.prisma.idempotencyRecord.update({ where: { slot }, data: { status: null, body: null, expiresAt: new Date(now.getTime() + 60_000) } });
    const started = Date.now();
    const busy = await invite(apps[0]!, 'shared-0005-abcdef', ['53.09']);
    expect(busy.status).toBe(409);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('conflict');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(await invitations()).toBe(before + 2);
  });

  it('the sweep deletes expired records and keeps live ones', async () => {
    const repo = services[0]!.repos.idempotency;
    const now = new Date();
    await repo.begin('sweep-old', 'f', new Date(now.getTime() - 10_000), new Date(now.getTime() - 5_000));
    await repo.begin('sweep-live', 'f', now, new Date(now.getTime() + 60_000));
    const swept = await repo.sweep(now);
    expect(swept).toBeGreaterThanOrEqual(1);
    const left = await databases[0]!.prisma.idempotencyRecord.findMany({ where: { slot: { startsWith: 'sweep-' } }, select: { slot: true } });
    expect(left.map((r) => r.slot)).toEqual(['sweep-live']);
  });
});
