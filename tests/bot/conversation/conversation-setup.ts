// Brings a fresh chat user to a known place in the conversation (the welcome, a buyer's menu, a
// product card, a checkout question ...) through the real engine, so a corpus message can be tried there.
import type { ChannelName } from '../../../domain/chat/message.ts';
import type { ChatHarness } from '../../helpers/chat-harness.ts';
import { chatProducer } from '../producer/producer-chat.ts';

export type Place =
  | 'new'
  | 'language'
  | 'role'
  | 'ownerName'
  | 'buyerMenu'
  | 'buyerMenuEn'
  | 'card'
  | 'quantity'
  | 'producerMenu'
  | 'producerMenuEn'
  | 'category'
  | 'address'
  | 'province'
  | 'city'
  | 'postal'
  | 'phone';

let seq = 0;

/** Where a user's conversation stands, read from the database. */
export async function placeOf(h: ChatHarness, user: string, channel: ChannelName = 'CONSOLE'): Promise<string> {
  const s = await h.db.prisma.conversationSession.findUniqueOrThrow({ where: { channel_conversationId: { channel, conversationId: user } } });
  return `${s.flow}.${s.step}`;
}

async function buyer(h: ChatHarness, user: string, lang: 'id' | 'en', channel: ChannelName) {
  await h.say(user, 'halo', channel);
  if (lang === 'en') await h.tap(user, 'English', channel);
  await h.tap(user, lang === 'id' ? 'Belanja' : 'Shop', channel);
}

/** Checkout up to the address question, with one coffee in the cart. */
async function toAddress(h: ChatHarness, user: string, channel: ChannelName) {
  await buyer(h, user, 'id', channel);
  await h.send(user, { type: 'choice', value: '!cart.add:' + (await coffeeId(h)), channel });
  await h.say(user, '1', channel);
  await h.say(user, 'bayar', channel);
  await h.tap(user, 'Lanjut', channel);
  await h.say(user, 'Maria Goreti', channel);
}

async function coffeeId(h: ChatHarness): Promise<string> {
  return (await h.db.prisma.product.findUniqueOrThrow({ where: { code: 'KBJ01' } })).id;
}

/** A new user id, brought to `place`; returns the id. */
export async function userAt(h: ChatHarness, place: Place, channel: ChannelName = 'CONSOLE'): Promise<string> {
  const user = `c${++seq}-${place}`;
  switch (place) {
    case 'new':
      break;
    case 'language':
      // the language picker, opened from the welcome with "ganti bahasa"
      await h.say(user, 'halo', channel);
      await h.say(user, 'ganti bahasa', channel);
      break;
    case 'role':
      await h.say(user, 'halo', channel);
      break;
    case 'ownerName':
      await h.say(user, 'halo', channel);
      await h.tap(user, 'Jual produk', channel);
      break;
    case 'buyerMenu':
    case 'buyerMenuEn':
      await buyer(h, user, place === 'buyerMenu' ? 'id' : 'en', channel);
      break;
    case 'card':
      await buyer(h, user, 'id', channel);
      await h.send(user, { type: 'choice', value: '!product.open:KBJ01', channel });
      break;
    case 'quantity':
      await buyer(h, user, 'id', channel);
      await h.send(user, { type: 'choice', value: '!cart.add:' + (await coffeeId(h)), channel });
      break;
    case 'producerMenu':
    case 'producerMenuEn':
      await chatProducer(h, user, { channel, language: place === 'producerMenu' ? 'id' : 'en' });
      await h.say(user, 'menu', channel);
      break;
    case 'category':
      await chatProducer(h, user, { channel });
      await h.say(user, 'menu', channel);
      await h.tap(user, 'Tambah produk', channel);
      await h.say(user, 'Sambal Luat Rumah', channel);
      break;
    case 'phone':
      await buyer(h, user, 'id', channel);
      await h.send(user, { type: 'choice', value: '!cart.add:' + (await coffeeId(h)), channel });
      await h.say(user, '1', channel);
      await h.say(user, 'bayar', channel);
      await h.tap(user, 'Lanjut', channel);
      await h.say(user, 'Maria Goreti', channel);
      break;
    case 'address':
    case 'province':
    case 'city':
    case 'postal':
      await toAddress(h, user, channel);
      await h.say(user, '0812 3456 7890', channel);
      await h.tap(user, 'Kurir', channel);
      await h.tap(user, 'Indonesia', channel);
      if (place === 'address') break;
      await h.say(user, 'Jl. Panjang No. 5, RT 02/RW 03, Kebon Jeruk', channel);
      if (place === 'city') break;
      // a city from the national list names its province (issue 25) and the postcode is asked next; the province
      // question comes for a place the list does not have as a regency/city (here a kelurahan)
      await h.say(user, place === 'province' ? 'Kebon Jeruk' : 'Jakarta Barat', channel);
      break;
  }
  return user;
}
