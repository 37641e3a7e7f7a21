// Messages out: OutMessages through the real sender, grammY and its transformers, to the recorded Bot API calls.
import { describe, expect, it } from 'vitest';
import { createHarness } from './channel-harness.ts';

const chat = '123456789';

describe('Telegram channel: messages out', () => {
  it('sends a menu as a message with an inline keyboard', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [
      { type: 'choices', text: 'Mau apa?', menuToken: 'mk1', columns: 2, options: [{ label: '🛍 Belanja', value: 'browse' }, { label: '🧺 Keranjang', value: 'cart' }, { label: 'Bantuan', value: 'help' }] },
    ]);
    expect(h.channel.sender.channel).toBe('TELEGRAM');
    expect(h.api.calls).toEqual([
      {
        method: 'sendMessage',
        files: {},
        body: {
          chat_id: chat,
          text: 'Mau apa?',
          reply_markup: {
            inline_keyboard: [
              [{ text: '🛍 Belanja', callback_data: 'c|mk1|browse' }, { text: '🧺 Keranjang', callback_data: 'c|mk1|cart' }],
              [{ text: 'Bantuan', callback_data: 'c|mk1|help' }],
            ],
          },
        },
      },
    ]);
  });

  it('asks for the phone number with a reply keyboard, then removes it with the next plain message', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [{ type: 'request', request: 'contact', text: 'Kirim nomor HP untuk pengiriman', buttonLabel: '📱 Kirim nomor' }]);
    expect(h.api.calls[0]?.body).toEqual({
      chat_id: chat,
      text: 'Kirim nomor HP untuk pengiriman',
      reply_markup: { keyboard: [[{ text: '📱 Kirim nomor', request_contact: true }]], one_time_keyboard: true, resize_keyboard: true },
    });
    // another chat is not affected by this chat's keyboard
    await h.channel.sender.send('555', [{ type: 'text', text: 'Halo' }]);
    await h.channel.sender.send(chat, [{ type: 'text', text: 'Nomor tersimpan.' }, { type: 'text', text: 'Lanjut.' }]);
    await h.channel.sender.send(chat, [{ type: 'text', text: 'Sesudahnya' }]);
    expect(h.api.calls.slice(1).map((c) => [c.body.chat_id, c.body.text, c.body.reply_markup])).toEqual([
      ['555', 'Halo', undefined],
      [chat, 'Nomor tersimpan.', { remove_keyboard: true }],
      [chat, 'Lanjut.', undefined],
      [chat, 'Sesudahnya', undefined],
    ]);
  });

  it('asks for a location with a location button', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [{ type: 'request', request: 'location', text: 'Di mana alamat kirim?', buttonLabel: '📍 Lokasi' }]);
    expect(h.api.calls[0]?.body.reply_markup).toEqual({ keyboard: [[{ text: '📍 Lokasi', request_location: true }]], one_time_keyboard: true, resize_keyboard: true });
  });

  it('uploads a stored photo from the media resolver with caption and buttons', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [
      { type: 'photo', media: { mediaId: 'med_9' }, caption: 'Kopi Bajawa 250 g — Rp65.000', options: [{ label: 'Tambah', value: 'add' }], menuToken: 'p1' },
    ]);
    expect(h.resolved).toEqual([{ mediaId: 'med_9' }]);
    const [call] = h.api.calls;
    expect(call?.method).toBe('sendPhoto');
    expect(call?.body).toMatchObject({
      chat_id: 123456789, // multipart fields are strings; the fake parses them back as JSON
      caption: 'Kopi Bajawa 250 g — Rp65.000',
      reply_markup: { inline_keyboard: [[{ text: 'Tambah', callback_data: 'c|p1|add' }]] },
    });
    expect(call?.files.photo?.filename).toBe('kopi-bajawa.jpg');
    expect([...(call?.files.photo?.data ?? [])]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  });

  it('uploads a document (a report file) with its file name and caption', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [{ type: 'document', media: { path: 'files/2026/12/abc.csv' }, filename: 'laporan-etalase-ntt-2026-11.csv', caption: 'Laporan November 2026' }]);
    expect(h.resolved).toEqual([{ path: 'files/2026/12/abc.csv' }]);
    const [call] = h.api.calls;
    expect(call?.method).toBe('sendDocument');
    expect(call?.body).toMatchObject({ caption: 'Laporan November 2026' });
    expect(call?.files.document?.filename).toBe('laporan-etalase-ntt-2026-11.csv');
  });

  it('passes a photo URL to Telegram without uploading', async () => {
    const h = createHarness();
    await h.channel.sender.send(chat, [{ type: 'photo', media: { url: 'https://etalase.example/media/abc.jpg' } }]);
    expect(h.resolved).toEqual([]);
    expect(h.api.calls).toEqual([{ method: 'sendPhoto', files: {}, body: { chat_id: chat, photo: 'https://etalase.example/media/abc.jpg' } }]);
  });

  it('splits a long text into several messages, in order', async () => {
    const h = createHarness();
    const paragraph = `${'Kain tenun ikat buatan tangan dari desa. '.repeat(40).trim()}\n\n`;
    await h.channel.sender.send(chat, [{ type: 'text', text: paragraph.repeat(5) }, { type: 'text', text: 'Selesai' }]);
    const texts = h.api.calls.map((c) => String(c.body.text));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(texts.at(-1)).toBe('Selesai');
    expect(texts.slice(0, -1).join('\n\n')).toBe(paragraph.repeat(5).trim());
  });

  it('renders everything first: a broken option sends nothing at all', async () => {
    const h = createHarness();
    const tooLong = 'v'.repeat(64);
    await expect(
      h.channel.sender.send(chat, [{ type: 'text', text: 'Sebelum' }, { type: 'choices', text: 'Pilih', options: [{ label: 'X', value: tooLong }] }]),
    ).rejects.toThrow(/too long/);
    expect(h.api.calls).toEqual([]);
  });

  it('spaces the messages of one chat out through the throttler', async () => {
    const h = createHarness({ limits: { out: { maxConcurrent: 1, minTime: 150 } } });
    const sentAt: number[] = [];
    h.api.on('sendMessage', (call) => {
      sentAt.push(Date.now());
      return { result: { message_id: 1, date: 0, chat: { id: Number(call.body.chat_id), type: 'private', first_name: 'T' }, text: 'x' } };
    });
    await h.channel.sender.send(chat, [{ type: 'text', text: 'satu' }, { type: 'text', text: 'dua' }]);
    expect(sentAt).toHaveLength(2);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(130);
  });

  it('retries a message Telegram asks to send again later (429)', async () => {
    const h = createHarness();
    let attempts = 0;
    h.api.on('sendMessage', (call) => {
      attempts += 1;
      if (attempts === 1) return { error: { error_code: 429, description: 'Too Many Requests: retry after 0', parameters: { retry_after: 0 } } };
      return { result: { message_id: 2, date: 0, chat: { id: Number(call.body.chat_id), type: 'private', first_name: 'T' }, text: 'x' } };
    });
    await h.channel.sender.send(chat, [{ type: 'text', text: 'Pesanan diterima' }]);
    expect(attempts).toBe(2);
  });
});
