// Sending a photo never silently fails (issue 18): when Telegram (or an emulator without sendPhoto) or
// WhatsApp refuses the picture, the same card goes as text with the picture's link and its buttons, and the
// failure is logged once, not once per card.
import { describe, expect, it } from 'vitest';
import { createWhatsAppChannel } from '../../../bot/channels/whatsapp/adapter.ts';
import type { OutMessage } from '../../../domain/chat/message.ts';
import { createHarness } from './telegram/channel-harness.ts';
import { FakeHandler, FakeWhatsAppClient, recordingLogger } from './whatsapp/fake-whatsapp-client.ts';

const card: OutMessage = {
  type: 'photo',
  media: { mediaId: 'med_7' },
  caption: 'Kopi Arabika Bajawa — Rp85.000',
  options: [{ label: '🛒 Tambah ke keranjang', value: '!cart.add:p1' }],
  menuToken: 'mt1',
};
const mediaLink = (media: { mediaId?: string }) => (media.mediaId ? `https://etalase.example/media/products/${media.mediaId}.jpg` : null);
const warnings = (logs: Array<Record<string, unknown>>) => logs.filter((l) => l.level === 40 && String(l.msg).includes('photo send failed'));

describe('Telegram: a photo the Bot API refuses', () => {
  it('goes as text with the picture link and the same buttons; the failure is logged once', async () => {
    const h = createHarness({ mediaLink });
    h.api.on('sendPhoto', () => ({ error: { error_code: 404, description: 'Not Found: method sendPhoto is not supported' } }));
    await h.channel.sender.send('42', [card, { type: 'text', text: 'Sesudahnya' }]);
    await h.channel.sender.send('42', [{ ...card, media: { mediaId: 'med_8' } }], 'en');
    const texts = h.api.callsOf('sendMessage').map((c) => c.body);
    expect(texts[0]).toMatchObject({
      text: 'Kopi Arabika Bajawa — Rp85.000\n\n🖼 Foto: https://etalase.example/media/products/med_7.jpg',
      reply_markup: { inline_keyboard: [[{ text: '🛒 Tambah ke keranjang', callback_data: expect.stringContaining('cart.add') }]] },
    });
    expect(texts[1]).toMatchObject({ text: 'Sesudahnya' });
    expect(texts[2]).toMatchObject({ text: expect.stringContaining('🖼 Picture: https://etalase.example/media/products/med_8.jpg') });
    expect(h.api.callsOf('sendPhoto')).toHaveLength(2);
    expect(warnings(h.logs)).toHaveLength(1);
  });

  it('a picture sent by URL falls back to that URL, without a link maker', async () => {
    const h = createHarness();
    h.api.on('sendPhoto', () => ({ error: { error_code: 400, description: 'Bad Request: wrong file identifier/HTTP URL specified' } }));
    await h.channel.sender.send('42', [{ type: 'photo', media: { url: 'https://cdn.example/kopi.jpg' }, caption: 'Kopi' }]);
    expect(h.api.callsOf('sendMessage')[0]?.body.text).toBe('Kopi\n\n🖼 Foto: https://cdn.example/kopi.jpg');
  });

  it('a photo that works is still sent as a photo', async () => {
    const h = createHarness({ mediaLink });
    await h.channel.sender.send('42', [card]);
    expect(h.api.callsOf('sendPhoto')).toHaveLength(1);
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
    expect(warnings(h.logs)).toHaveLength(0);
  });
});

describe('WhatsApp: a picture that cannot be sent', () => {
  async function channel(resolveFails: boolean) {
    const client = new FakeWhatsAppClient();
    const { logger, records } = recordingLogger();
    const ch = createWhatsAppChannel({
      client,
      handler: new FakeHandler(),
      logger,
      initTimeoutMs: 1_000,
      sendIntervalMs: 0,
      printQr: () => {},
      mediaLink,
      resolveMedia: async () => {
        if (resolveFails) throw new Error('file too large for WhatsApp');
        return { data: Buffer.from([0xff, 0xd8]), mime: 'image/jpeg', filename: 'kopi.jpg' };
      },
    });
    await ch.start();
    client.emit('ready');
    return { client, ch, records };
  }

  it('sends the card as text with the numbered menu and the picture link; logs once', async () => {
    const { client, ch, records } = await channel(true);
    await ch.sender.send('628111@c.us', [card]);
    await ch.sender.send('628111@c.us', [card]);
    expect(client.sent).toHaveLength(2);
    expect(client.sent[0]?.content).toBe('Kopi Arabika Bajawa — Rp85.000\n\n1. 🛒 Tambah ke keranjang\n\nBalas dengan angka pilihan.\n\n🖼 Foto: https://etalase.example/media/products/med_7.jpg');
    expect(warnings(records)).toHaveLength(1);
  });

  it('when WhatsApp refuses the upload itself, the text follows', async () => {
    const { client, ch, records } = await channel(false);
    client.sendImpl = async (call) => {
      if (typeof call.content !== 'string') throw new Error('Evaluation failed: media upload refused');
    };
    await ch.sender.send('628111@c.us', [card]);
    expect(client.sent.map((s) => typeof s.content)).toEqual(['object', 'string']);
    expect(String(client.sent[1]?.content)).toContain('🖼 Foto: https://etalase.example/media/products/med_7.jpg');
    expect(warnings(records)).toHaveLength(1);
  });
});
