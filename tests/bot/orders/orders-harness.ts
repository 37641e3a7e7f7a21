// The chat harness with the buyer and orders modules, a producer chat user with a product, the outbox
// dispatcher to deliver notifications, and helpers to read and tap what a user received.
import sharp from 'sharp';
import { silentLogger } from '../../../domain/lib/logger.ts';
import type { ChannelName, OutMessage } from '../../../domain/chat/message.ts';
import { buyerModule } from '../../../bot/flows/buyer/index.ts';
import { ordersModule } from '../../../bot/flows/orders/index.ts';
import { createDispatcher } from '../../../bot/notify/dispatcher.ts';
import { createChatHarness, textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { makeProduct, putInCart } from '../../domain/services/order-fixtures.ts';

export async function createOrdersHarness() {
  const h = await createChatHarness({ features: [buyerModule, ordersModule] });
  const dispatcher = createDispatcher({ notifications: h.services.repos.notifications, engine: h.engine, logger: silentLogger, owner: 'test', baseBackoffMs: 10 });
  return { h, dispatcher };
}

export const userIdOf = async (h: ChatHarness, externalId: string) => (await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId } })).userId;

/** Onboards `user` as a buyer in `lang` through the real onboarding; leaves them at the main menu. */
export async function onboardBuyer(h: ChatHarness, user: string, lang: 'id' | 'en', channel: ChannelName = 'CONSOLE') {
  await h.say(user, 'halo', channel);
  if (lang === 'en') await h.tap(user, 'English', channel);
  await h.tap(user, lang === 'id' ? 'Belanja' : 'Shop', channel);
  return userIdOf(h, user);
}

/** A chat user who is a producer (bank details, optional QRIS image) with one approved product. */
export async function chatProducer(h: ChatHarness, user: string, lang: 'id' | 'en', o: { businessName: string; product: string; priceIdr: number; stock: number; qris?: boolean }) {
  await h.say(user, 'halo');
  const userId = await userIdOf(h, user);
  await h.db.prisma.user.update({ where: { id: userId }, data: { role: 'PRODUCER', language: lang, onboardedAt: new Date() } });
  // the conversation keeps its own language (set by the onboarding we skip here)
  await h.db.prisma.conversationSession.updateMany({ where: { conversationId: user }, data: { language: lang } });
  const qris = o.qris ? (await h.services.media.upload({ kind: 'system', name: 'test' }, { data: await jpeg(), kind: 'qris' })).id : null;
  await h.db.prisma.producer.create({
    data: { userId, businessName: o.businessName, ownerName: 'Rosa', phone: '6281200002222', regionCode: '53.09', district: 'Bajawa', village: 'Beiposo', bankName: 'BRI', bankAccount: '0123456789', bankHolder: 'Rosa', qrisMediaId: qris },
  });
  const actor = (await h.services.repos.users.loadActor(userId))!;
  const product = await makeProduct(h.db.prisma, actor, { name: o.product, priceIdr: o.priceIdr, stock: o.stock });
  await h.say(user, 'menu');
  return { userId, actor, product, qris };
}

export async function fillCart(h: ChatHarness, buyerId: string, productId: string, quantity: number) {
  const actor = (await h.services.repos.users.loadActor(buyerId))!;
  await putInCart(h.db.prisma, actor, productId, quantity);
}

export async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 10, g: 120, b: 200 } } }).jpeg().toBuffer();
}

/** Delivers the outbox; returns what each chat received in this pass. */
export async function deliver(h: ChatHarness, dispatcher: ReturnType<typeof createDispatcher>): Promise<(user: string) => OutMessage[]> {
  const before = h.outbox.length;
  await dispatcher.tick();
  const sent = h.outbox.slice(before);
  return (user) => sent.filter((o) => o.chatId === user).flatMap((o) => o.messages);
}

/** Taps a button of a message the user received (notification buttons carry actions). */
export function tapIn(h: ChatHarness, user: string, messages: OutMessage[], label: string, channel?: ChannelName) {
  for (const m of [...messages].reverse()) {
    const options = m.type === 'choices' || m.type === 'photo' ? (m.options ?? []) : [];
    const option = options.find((o) => o.value && o.label.toLowerCase().includes(label.toLowerCase()));
    if (option) return h.send(user, { type: 'choice', value: option.value!, menuToken: option.value!.startsWith('!') ? undefined : m.type === 'choices' || m.type === 'photo' ? m.menuToken : undefined, channel });
  }
  throw new Error(`no button "${label}" in ${textOf(messages)}`);
}

export { textOf };
