// Fixtures for the officials' tests: a service container over a fresh database, officials bound to
// regencies, producers registered through the account service, and products in a chosen state.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient, ProductStatus } from '../../../prisma/generated/client.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import { buildSearchText } from '../../../domain/search/search-text.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { createServices, type Services, type ServiceSettings } from '../../../domain/services/services.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`.toUpperCase();

/** A clock tests can move. */
export function testClock(start: string) {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), set: (iso: string) => void (at = new Date(iso).getTime()), advanceDays: (d: number) => void (at += d * 86_400_000) };
}

export async function createOfficialTestServices(options: { now?: () => Date; settings?: Partial<ServiceSettings> } = {}) {
  const db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-official-'));
  const services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 }), now: options.now, settings: options.settings });
  return { db, prisma: db.prisma, services, close: () => db.close() };
}

export async function actorOf(services: Services, userId: string): Promise<Actor> {
  const actor = await services.repos.users.loadActor(userId);
  if (!actor) throw new Error(`no user ${userId}`);
  return actor;
}

export async function makeOfficial(services: Services, prisma: PrismaClient, role: 'CURATOR' | 'ADMIN' | 'BUYER', regionCodes: string[] = []): Promise<Actor> {
  const user = await prisma.user.create({
    data: { displayName: `${role.toLowerCase()}-${next()}`, role, onboardedAt: new Date(), curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) } },
  });
  return actorOf(services, user.id);
}

export async function makeProducer(services: Services, prisma: PrismaClient, regionCode: string, businessName = `Usaha ${next()}`): Promise<Actor> {
  const user = await prisma.user.create({ data: { displayName: `producer-${next()}`, onboardedAt: new Date() } });
  await services.account.registerProducer(await actorOf(services, user.id), { ownerName: 'Mama Ros', businessName, regionCode, district: 'Bajawa', village: 'Beiposo' });
  return actorOf(services, user.id);
}

export interface ProductOptions {
  status?: ProductStatus;
  name?: string;
  containsAlcohol?: boolean;
  bpomOnlyFood?: boolean;
  submittedAt?: Date;
  categoryId?: string;
}

/** A product row in the given state (default SUBMITTED now), with its search text like the product service builds it. */
export async function makeProduct(prisma: PrismaClient, producerId: string, o: ProductOptions = {}) {
  const code = `T${next()}`.slice(0, 10);
  const producer = await prisma.producer.findUniqueOrThrow({ where: { id: producerId }, include: { region: true } });
  const category = await prisma.category.findUniqueOrThrow({ where: { id: o.categoryId ?? 'kopi' } });
  const nameId = o.name ?? `Kopi ${code}`;
  const status = o.status ?? 'SUBMITTED';
  return prisma.product.create({
    data: {
      code,
      slug: code.toLowerCase(),
      producerId,
      categoryId: category.id,
      nameId,
      descriptionId: 'Kopi arabika dari lereng gunung, dijemur di para-para bambu.',
      priceIdr: 85_000,
      unit: 'pcs',
      weightGrams: 250,
      stock: 20,
      status,
      containsAlcohol: o.containsAlcohol ?? false,
      bpomOnlyFood: o.bpomOnlyFood ?? false,
      submittedAt: status === 'DRAFT' ? null : (o.submittedAt ?? new Date()),
      approvedAt: status === 'APPROVED' ? new Date() : null,
      searchText: buildSearchText({ nameId, category, producerBusinessName: producer.businessName, regionShortName: producer.region.shortName }),
    },
  });
}

export const allFours = { quality: 4, packaging: 4, localMaterial: 4, legality: 4, capacity: 4, price: 4, story: 4 };
export const allFives = { quality: 5, packaging: 5, localMaterial: 5, legality: 5, capacity: 5, price: 5, story: 5 };
