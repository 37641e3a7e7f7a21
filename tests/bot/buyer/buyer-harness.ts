// The chat harness with the buyer module, a small shop and link settings, plus helpers to get a user to the
// main menu in a language and to read what the bot sent.
import type { ChannelName, OutMessage } from '../../../domain/chat/message.ts';
import { buyerModule } from '../../../bot/flows/buyer/index.ts';
import { createChatHarness, type ChatHarness } from '../../helpers/chat-harness.ts';
import { seedSmallShop } from './catalog-fixtures.ts';

export const linkSettings = { telegramBotUsername: 'EtalaseNttBot', whatsappNumber: '6281200001111', publicUrl: 'https://etalase.example', usdRateIdr: 16_000 };

export async function createBuyerHarness() {
  const h = await createChatHarness({ features: [buyerModule], settings: linkSettings });
  const shop = await seedSmallShop(h.db.prisma);
  return { h, shop };
}

/** Onboards `user` as a buyer in `lang` through the real onboarding; leaves them at the main menu. */
export async function onboardBuyer(h: ChatHarness, user: string, lang: 'id' | 'en', channel: ChannelName = 'CONSOLE'): Promise<void> {
  await h.say(user, 'halo', channel);
  if (lang === 'en') await h.tap(user, 'English', channel);
  await h.tap(user, lang === 'id' ? 'Belanja' : 'Shop', channel);
}

export function photoOf(messages: OutMessage[]) {
  const photo = messages.find((m) => m.type === 'photo');
  return photo && photo.type === 'photo' ? photo : undefined;
}

/** The options of the last menu among the replies (choices or photo). */
export function optionsOf(messages: OutMessage[]) {
  const menu = [...messages].reverse().find((m) => m.type === 'choices' || (m.type === 'photo' && m.options));
  return menu && (menu.type === 'choices' || menu.type === 'photo') ? (menu.options ?? []) : [];
}

export async function userIdOf(h: ChatHarness, externalId: string): Promise<string> {
  return (await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId } })).userId;
}
