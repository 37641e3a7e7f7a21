// Demo people: the curator, admin and buyer, and one user + producer profile per demo producer, each with a
// CONSOLE identity ("demo-bajawa", "demo-kurator" ...) so anyone can play them in `npm run chat`.
import type { Language, PrismaClient, Role } from '../generated/client.ts';
import { demoConsoleId, demoProducerId, demoUserId, type DemoProducer, type DemoStaff } from './demo-data.ts';

export interface DemoCounter {
  users: number;
  producers: number;
  products: number;
  photos: number;
  flagships: number;
  licensingCases: number;
}

interface PersonSpec {
  id: string;
  role: Role;
  displayName: string;
  language: Language;
  phone: string;
  consoleId: string;
}

/** Creates the user if missing and makes sure the console identity points at it. */
async function ensurePerson(prisma: PrismaClient, spec: PersonSpec, now: Date, counter: DemoCounter): Promise<void> {
  const existing = await prisma.user.findUnique({ where: { id: spec.id }, select: { id: true } });
  if (!existing) {
    await prisma.user.create({
      data: { id: spec.id, role: spec.role, displayName: spec.displayName, language: spec.language, phone: spec.phone, onboardedAt: now },
    });
    counter.users += 1;
  }
  const where = { channel_externalId: { channel: 'CONSOLE' as const, externalId: spec.consoleId } };
  const identity = await prisma.channelIdentity.findUnique({ where, select: { userId: true } });
  if (!identity) {
    await prisma.channelIdentity.create({ data: { userId: spec.id, channel: 'CONSOLE', externalId: spec.consoleId, chatId: spec.consoleId } });
  } else if (identity.userId !== spec.id) {
    // someone typed the demo name on the console before the seed ran: the demo name belongs to the demo user
    await prisma.channelIdentity.update({ where, data: { userId: spec.id } });
  }
}

export async function seedDemoStaff(prisma: PrismaClient, staff: DemoStaff[], now: Date, counter: DemoCounter): Promise<void> {
  for (const s of staff) {
    await ensurePerson(prisma, s, now, counter);
    for (const regionCode of s.regions) {
      await prisma.curatorRegion.upsert({
        where: { userId_regionCode: { userId: s.id, regionCode } },
        create: { userId: s.id, regionCode },
        update: {},
      });
    }
  }
}

/** Returns the producer id (the existing one when the demo user already has a profile). */
export async function seedDemoProducer(prisma: PrismaClient, p: DemoProducer, now: Date, counter: DemoCounter): Promise<string> {
  const userId = demoUserId(p.key);
  await ensurePerson(prisma, { id: userId, role: 'PRODUCER', displayName: p.ownerName, language: 'id', phone: p.phone, consoleId: demoConsoleId(p.key) }, now, counter);
  const existing = await prisma.producer.findUnique({ where: { userId }, select: { id: true } });
  if (existing) return existing.id;
  const created = await prisma.producer.create({
    data: {
      id: demoProducerId(p.key),
      userId,
      businessName: p.businessName,
      ownerName: p.ownerName,
      phone: p.phone,
      regionCode: p.regionCode,
      district: p.district,
      village: p.village,
      nib: p.nib,
      bankName: p.bankName,
      bankAccount: p.bankAccount,
      bankHolder: p.bankHolder,
      story: p.story,
      storyEn: p.storyEn ?? null,
      allowsCashOnPickup: p.allowsCashOnPickup,
    },
  });
  counter.producers += 1;
  return created.id;
}
