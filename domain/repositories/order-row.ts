// An order as the services read it: with what its notifications and views need (items, producer, buyer,
// attributed point). Its own module so the checkout's statement can build the same rows without a cycle.
import type { Prisma } from '../../prisma/generated/client.ts';

export const orderInclude = {
  items: { orderBy: { id: 'asc' as const } },
  producer: {
    select: {
      id: true,
      userId: true,
      businessName: true,
      phone: true,
      village: true,
      district: true,
      bankName: true,
      bankAccount: true,
      bankHolder: true,
      qrisMediaId: true,
      allowsCashOnPickup: true,
      region: { select: { name: true } },
      user: { select: { language: true } },
    },
  },
  buyer: { select: { id: true, displayName: true, language: true } },
  attributedPoint: { select: { code: true, name: true } },
} satisfies Prisma.OrderInclude;

export type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;
