// Deep links: "/start p_<code>" (Telegram) and "start p_<code>" (wa.me) open the card, also for someone
// who never talked to the bot (no questionnaire); a display point in the link is kept and its scan recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../domain/chat/message.ts';
import { parseStartParam, productLinks } from '../../../domain/lib/deep-links.ts';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { createBuyerHarness, linkSettings, optionsOf, photoOf, userIdOf } from './buyer-harness.ts';

let h: ChatHarness;
let shop: Awaited<ReturnType<typeof createBuyerHarness>>['shop'];
beforeAll(async () => {
  ({ h, shop } = await createBuyerHarness());
});
afterAll(() => h.close());

const start = (user: string, args: string, channel: ChannelName = 'TELEGRAM', languageCode = 'id') =>
  h.send(user, { type: 'command', command: 'start', args, channel, profile: { name: user, languageCode } });

describe('product deep links', () => {
  it('a brand-new user sees the card at once, in the language of their app, and is a buyer now', async () => {
    const replies = await start('newbie', 'p_KBJ01', 'TELEGRAM', 'en-GB');
    expect(textOf(replies)).toContain('Welcome to Etalase NTT');
    expect(textOf(replies)).not.toContain('Choose your language');
    expect(photoOf(replies)?.caption).toContain('Bajawa Arabica Coffee 250 g');
    expect(photoOf(replies)?.caption).toContain('US$');
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { id: await userIdOf(h, 'newbie') } });
    expect(user).toMatchObject({ role: 'BUYER', language: 'en' });
    expect(user.onboardedAt).not.toBeNull();
    // Add to cart works right away, and the main menu is the buyer's menu (no onboarding)
    expect(textOf(await h.tap('newbie', 'Add to cart', 'TELEGRAM'))).toContain('How many');
    expect(textOf(await h.say('newbie', 'menu', 'TELEGRAM'))).toContain('Main menu');
  });

  it('the wa.me prefilled text "start p_<code>" opens the card on WhatsApp, lower case too', async () => {
    const replies = await start('6281299990000@c.us', 'p_kbj02', 'WHATSAPP');
    expect(photoOf(replies)).toBeUndefined(); // no photo: a text card
    expect(textOf(replies)).toContain('Kopi Bajawa Bubuk 200 g');
    expect(optionsOf(replies).map((o) => o.label)).toContain('🛒 Tambah ke keranjang');
  });

  it('p_<code>__d_KOE keeps the display point in the session and records the scan', async () => {
    await start('traveller', 'p_KBJ01__d_KOE', 'WHATSAPP');
    const session = await h.db.prisma.conversationSession.findFirstOrThrow({ where: { conversationId: 'traveller' } });
    expect((session.data as { sticky?: { displayPoint?: string } }).sticky?.displayPoint).toBe('KOE');
    const scans = await h.db.prisma.displayScan.findMany({ include: { point: true } });
    expect(scans.map((s) => [s.point.code, s.productId, s.channel])).toEqual([['KOE', shop.products.coffee.id, 'WHATSAPP']]);
    // the point stays through later conversation (checkout reads it)
    await h.say('traveller', 'menu', 'WHATSAPP');
    const later = await h.db.prisma.conversationSession.findFirstOrThrow({ where: { conversationId: 'traveller' } });
    expect((later.data as { sticky?: { displayPoint?: string } }).sticky?.displayPoint).toBe('KOE');
  });

  it('an unknown product or point: a clear answer, no error; an unknown point is not stored', async () => {
    const gone = await start('late', 'p_TSB02__d_NOPE');
    expect(textOf(gone)).toContain('sudah tidak tersedia');
    expect(textOf(gone)).toContain('Produk unggulan bulan');
    const session = await h.db.prisma.conversationSession.findFirstOrThrow({ where: { conversationId: 'late' } });
    expect((session.data as { sticky?: Record<string, unknown> }).sticky?.displayPoint).toBeUndefined();
    expect(textOf(await start('late', 'something_else'))).toContain('Tautan itu tidak dikenal');
  });

  it('the product.open action opens a card by code or id from any state', async () => {
    const replies = await h.send('traveller', { type: 'choice', value: '!product.open:tsb01', channel: 'WHATSAPP' });
    expect(textOf(replies)).toContain('Kain Tenun Ikat Sumba Timur');
    expect(textOf(replies)).toContain('Rp1.500.000 / lembar');
  });

  it('links and start parameters round-trip', () => {
    const links = productLinks(linkSettings, { code: 'KBJ01', slug: 'kopi-kbj01' }, 'KOE');
    expect(links).toEqual({
      telegram: 'https://t.me/EtalaseNttBot?start=p_KBJ01__d_KOE',
      whatsapp: 'https://wa.me/6281200001111?text=start%20p_KBJ01__d_KOE',
      storefront: 'https://etalase.example/p/kopi-kbj01',
    });
    expect(parseStartParam('p_KBJ01__d_KOE')).toEqual({ code: 'KBJ01', pointCode: 'KOE' });
    expect(parseStartParam('p_kbj01__d_plb-tnu')).toEqual({ code: 'KBJ01', pointCode: 'PLB-TNU' });
    expect(parseStartParam('d_KOE')).toEqual({ code: null, pointCode: 'KOE' });
    expect(parseStartParam('inv_abc')).toBeNull();
  });
});
