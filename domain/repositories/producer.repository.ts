// Producer profiles (village micro businesses).
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts';

export type ProducerCreate = Omit<Prisma.ProducerUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt' | 'userId'>;

export function createProducerRepository(prisma: PrismaClient) {
  return {
    findById: (id: string) => prisma.producer.findUnique({ where: { id }, include: { region: true } }),
    findByUserId: (userId: string) => prisma.producer.findUnique({ where: { userId }, include: { region: true } }),

    /** Creates the profile and makes the user a producer, in one transaction. */
    register: (userId: string, data: ProducerCreate, now: Date) =>
      prisma.$transaction(async (tx) => {
        const producer = await tx.producer.create({ data: { ...data, userId } });
        await tx.user.update({ where: { id: userId }, data: { role: 'PRODUCER', onboardedAt: now, ...(data.phone ? { phone: data.phone } : {}) } });
        await tx.auditLog.create({ data: { actorId: userId, action: 'producer.register', entity: 'Producer', entityId: producer.id, data: { regionCode: data.regionCode } } });
        return producer;
      }),

    update: (id: string, data: Partial<ProducerCreate>) => prisma.producer.update({ where: { id }, data, include: { region: true } }),
  };
}

export type ProducerRepository = ReturnType<typeof createProducerRepository>;
