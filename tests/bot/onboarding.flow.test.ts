// Onboarding through the real engine and database, in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatHarness, textOf, type ChatHarness } from '../helpers/chat-harness.ts';

let h: ChatHarness;
beforeAll(async () => {
  h = await createChatHarness();
});
afterAll(() => h.close());

describe('onboarding', () => {
  it('greets a new user with the language choice, then asks the role in that language', async () => {
    const first = textOf(await h.say('ana', 'hi'));
    expect(first).toContain('Selamat datang');
    expect(first).toContain('English');
    const role = textOf(await h.say('ana', '2'));
    expect(role).toContain('Language set to English');
    expect(role).toContain('How are you joining?');
  });

  it('a buyer lands in the buyer menu and is onboarded', async () => {
    const menu = textOf(await h.tap('ana', 'Buyer'));
    expect(menu).toContain('Happy shopping');
    expect(menu).toContain('Main menu');
    const user = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: 'ana' }, include: { user: true } });
    expect(user.user.onboardedAt).not.toBeNull();
    expect(user.user.language).toBe('en');
  });

  it('a producer registers with a typed regency (typo tolerated) and a typed phone', async () => {
    await h.say('budi', 'halo');
    await h.tap('budi', 'Indonesia');
    expect(textOf(await h.tap('budi', 'Produsen'))).toContain('nama lengkap');
    expect(textOf(await h.say('budi', 'Budi Wae'))).toContain('nama usaha');
    expect(textOf(await h.say('budi', 'Kopi Wae Rebo'))).toContain('pulau');
    expect(textOf(await h.say('budi', 'Manggarai Tmur'))).toContain('Kecamatan');
    await h.say('budi', 'Borong');
    expect(textOf(await h.say('budi', 'Golo Kantar'))).toContain('nomor telepon');
    expect(textOf(await h.say('budi', '12ab'))).toContain('tidak bisa kami baca');
    const summary = textOf(await h.say('budi', '0812 3456 7890'));
    expect(summary).toContain('Manggarai Timur');
    // shown back as typed, stored in one form
    expect(summary).toContain('Telepon: 0812 3456 7890');
    const done = textOf(await h.tap('budi', 'Konfirmasi'));
    expect(done).toContain('Kopi Wae Rebo sudah terdaftar');
    const producer = await h.db.prisma.producer.findFirstOrThrow({ where: { businessName: 'Kopi Wae Rebo' }, include: { user: true } });
    expect(producer.regionCode).toBe('53.19');
    expect(producer.phone).toBe('6281234567890');
    expect(producer.user.role).toBe('PRODUCER');
  });

  it('picks the regency through island then regency buttons, and "kembali" goes one step back keeping answers', async () => {
    await h.say('citra', 'mulai');
    await h.tap('citra', 'Indonesia');
    await h.tap('citra', 'Produsen');
    await h.say('citra', 'Citra');
    await h.say('citra', 'Tenun Citra');
    expect(textOf(await h.tap('citra', 'Sumba'))).toContain('Kabupaten/kota mana di Sumba');
    const back = textOf(await h.say('citra', 'kembali'));
    expect(back).toContain('pulau');
    await h.tap('citra', 'Sumba');
    expect(textOf(await h.tap('citra', 'Sumba Timur'))).toContain('Kecamatan');
  });
});
