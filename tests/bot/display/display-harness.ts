// The chat harness with every feature (the display module sits between the producer's and the buyer's
// free-text handlers), link settings for QR targets, a small shop, and chat users with a role made directly
// in the database (officials, staff), bound to a console identity.
import type { Role } from '../../../prisma/generated/client.ts';
import { createChatHarness, type ChatHarness } from '../../helpers/chat-harness.ts';
import { seedSmallShop } from '../buyer/catalog-fixtures.ts';

export const linkSettings = { telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281200001111', publicUrl: 'https://etalase.example' };

export async function createDisplayHarness() {
  const h = await createChatHarness({ settings: linkSettings });
  const shop = await seedSmallShop(h.db.prisma);
  return { h, shop };
}

/** A user who chats on the console as `name`, with a role, regencies, a language and a phone number. */
export async function chatUser(h: ChatHarness, name: string, o: { role?: Role; regions?: string[]; lang?: 'id' | 'en'; phone?: string } = {}): Promise<string> {
  const user = await h.db.prisma.user.create({
    data: {
      displayName: name,
      role: o.role ?? 'BUYER',
      language: o.lang ?? 'id',
      phone: o.phone ?? null,
      onboardedAt: new Date(),
      curatorOf: { create: (o.regions ?? []).map((regionCode) => ({ regionCode })) },
      identities: { create: { channel: 'CONSOLE', externalId: name, chatId: name } },
    },
  });
  return user.id;
}

export const onHandOf = async (h: ChatHarness, pointCode: string, productCode: string) =>
  (await h.db.prisma.placement.findMany({ where: { point: { code: pointCode }, product: { code: productCode } } })).reduce((a, p) => a + p.onHand, 0);
