// Helpers for the producer chat tests: a producer with a channel identity, officials of a regency, and
// photo events whose bytes are real JPEGs (sharp) fetched like WhatsApp media or Telegram photos.
import type { ChannelName, MediaFetcher } from '../../../domain/chat/message.ts';
import type { ChatHarness } from '../../helpers/chat-harness.ts';
import { actorOf, jpeg } from '../../domain/services/producer-fixtures.ts';

export async function chatProducer(h: ChatHarness, user: string, options: { channel?: ChannelName; language?: 'id' | 'en'; regionCode?: string; businessName?: string } = {}) {
  const channel = options.channel ?? 'CONSOLE';
  const created = await h.db.prisma.user.create({
    data: { displayName: user, language: options.language ?? 'id', identities: { create: { channel, externalId: user, chatId: user } } },
  });
  await h.services.account.registerProducer(await actorOf(h.services, created.id), {
    ownerName: `Owner ${user}`,
    businessName: options.businessName ?? `Usaha ${user}`,
    regionCode: options.regionCode ?? '53.09',
    district: 'Bajawa',
    village: 'Beiposo',
    phone: '081234567890',
  });
  return actorOf(h.services, created.id);
}

export async function official(h: ChatHarness, role: 'CURATOR' | 'ADMIN', regionCodes: string[] = []) {
  return h.db.prisma.user.create({
    data: { displayName: `${role}-${Math.random().toString(36).slice(2, 7)}`, role, onboardedAt: new Date(), curatorOf: { create: regionCodes.map((regionCode) => ({ regionCode })) } },
  });
}

export const fetchJpeg: MediaFetcher = async () => ({ data: await jpeg(800, 600), mime: 'image/jpeg' });
export const fetchHuge: MediaFetcher = async () => ({ data: Buffer.alloc(20 * 1024 * 1024, 0xff), mime: 'image/jpeg' });

/** Sends a photo as the channel would: a media event whose bytes are fetched on demand. */
export function sendPhoto(h: ChatHarness, user: string, fetch: MediaFetcher = fetchJpeg, channel?: ChannelName, kind: 'photo' | 'document' = 'photo') {
  return h.send(user, { type: 'media', kind, ref: `ref-${Math.random()}`, mime: 'image/jpeg', ...(channel ? { channel } : {}) }, fetch);
}
