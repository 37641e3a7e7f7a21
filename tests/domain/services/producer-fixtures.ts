// Test fixtures for the producer feature: people with roles, producers registered through the account
// service, and real JPEG photos stored through the media service.
import sharp from 'sharp';
import type { PrismaClient } from '../../../prisma/generated/client.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import type { Services } from '../../../domain/services/services.ts';

let seq = 0;

/** A small real JPEG (sharp), different per call so uploads are distinct files. */
export async function jpeg(width = 64, height = 48): Promise<Buffer> {
  const shade = (seq++ * 37) % 200;
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: shade, b: 60 } } }).jpeg().toBuffer();
}

export async function actorOf(services: Services, userId: string): Promise<Actor> {
  const actor = await services.repos.users.loadActor(userId);
  if (!actor) throw new Error(`no user ${userId}`);
  return actor;
}

export async function makeUser(prisma: PrismaClient, role: 'BUYER' | 'CURATOR' | 'ADMIN', regionCodes: string[] = []) {
  return prisma.user.create({
    data: { displayName: `${role.toLowerCase()}-${++seq}`, role, onboardedAt: new Date(), curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) } },
  });
}

/** A buyer who registers as a producer of `regionCode` (the onboarding's service call). */
export async function makeProducer(services: Services, prisma: PrismaClient, regionCode = '53.09', businessName = `Usaha ${++seq}`): Promise<Actor> {
  const user = await makeUser(prisma, 'BUYER');
  await services.account.registerProducer(await actorOf(services, user.id), { ownerName: 'Mama Ros', businessName, regionCode, district: 'Bajawa', village: 'Beiposo', phone: '081234567890' });
  return actorOf(services, user.id);
}

export async function uploadPhotos(services: Services, actor: Actor, count: number, kind: 'product_photo' | 'qris' = 'product_photo'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await services.media.upload(actor, { data: await jpeg(), mime: 'image/jpeg', kind })).id);
  return ids;
}

export const coffee = {
  nameId: 'Kopi Arabika Bajawa',
  categoryId: 'kopi',
  descriptionId: 'Kopi arabika dari lereng Gunung Inerie, dijemur di para-para bambu.',
  priceIdr: 85_000,
  unit: 'pcs',
  weightGrams: 250,
  stock: 20,
};
