// A database with reference data and the services over it, with a clock tests can move (expiry).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainError } from '../../../domain/lib/errors.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { createServices, type ServiceSettings } from '../../../domain/services/services.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

export async function createOrderTestEnv(settings: Partial<ServiceSettings> = {}) {
  const db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-orders-'));
  const clock = { now: new Date('2026-11-29T02:00:00Z') };
  const services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 5 * 1024 * 1024 }), settings, now: () => clock.now });
  return { db, services, clock, close: () => db.close() };
}

export type OrderTestEnv = Awaited<ReturnType<typeof createOrderTestEnv>>;

/** the DomainError a promise rejects with (fails the test on success or any other error) */
export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
