import { describe, expect, it } from 'vitest';
import { translator } from '../../../../domain/lib/i18n.ts';
import type { OutMessage } from '../../../../domain/chat/message.ts';
import { renderTelegram, renderTelegramBatch } from '../../../../bot/channels/telegram/render.ts';
import { botCommands, commandNames } from '../../../../bot/channels/telegram/commands.ts';

describe('renderTelegram', () => {
  it('renders text as one sendMessage', () => {
    expect(renderTelegram({ type: 'text', text: 'Halo!' })).toEqual([{ method: 'sendMessage', payload: { text: 'Halo!' } }]);
  });

  it('splits text over 4096 characters at a line break, every part within the limit', () => {
    const line = 'Tenun ikat Sumba, motif kuda, pewarna alami.\n';
    const text = line.repeat(200); // 9,000+ chars
    const calls = renderTelegram({ type: 'text', text });
    expect(calls.length).toBe(3);
    for (const call of calls) {
      expect(call.method).toBe('sendMessage');
      if (call.method === 'sendMessage') {
        expect(call.payload.text.length).toBeLessThanOrEqual(4096);
        expect(call.payload.text.endsWith('alami.')).toBe(true);
      }
    }
    const joined = calls.map((c) => (c.method === 'sendMessage' ? c.payload.text : '')).join('\n');
    expect(joined).toBe(text.trimEnd());
  });

  it('lays choices out in columns with the menu token in every callback and URL options as links', () => {
    const msg: OutMessage = {
      type: 'choices',
      text: 'Pilih jumlah',
      menuToken: 'm9',
      columns: 2,
      options: [
        { label: '1', value: 'qty:1' },
        { label: '2', value: 'qty:2' },
        { label: '3', value: 'qty:3' },
        { label: 'Lihat toko', url: 'https://etalase.example/s/ina' },
      ],
    };
    expect(renderTelegram(msg)).toEqual([
      {
        method: 'sendMessage',
        payload: {
          text: 'Pilih jumlah',
          reply_markup: {
            inline_keyboard: [
              [{ text: '1', callback_data: 'c|m9|qty:1' }, { text: '2', callback_data: 'c|m9|qty:2' }],
              [{ text: '3', callback_data: 'c|m9|qty:3' }, { text: 'Lihat toko', url: 'https://etalase.example/s/ina' }],
            ],
          },
        },
      },
    ]);
  });

  it('puts one button per row by default and shortens labels over 64 characters', () => {
    const long = 'Kain tenun ikat Sumba Timur motif kuda dan rusa dengan pewarna alami akar mengkudu';
    const [call] = renderTelegram({ type: 'choices', text: 'Produk', options: [{ label: long, value: 'p1' }, { label: 'Kopi', value: 'p2' }] });
    const keyboard = call?.payload.reply_markup;
    expect(keyboard && 'inline_keyboard' in keyboard ? keyboard.inline_keyboard.map((row) => row.length) : []).toEqual([1, 1]);
    const first = keyboard && 'inline_keyboard' in keyboard ? keyboard.inline_keyboard[0]?.[0] : undefined;
    expect(Array.from(first?.text ?? '').length).toBe(64);
    expect(first?.text.endsWith('…')).toBe(true);
    expect(first && 'callback_data' in first ? first.callback_data : '').toBe('c||p1');
  });

  it('renders a photo with caption and buttons', () => {
    const media = { mediaId: 'med_1' };
    expect(renderTelegram({ type: 'photo', media, caption: 'Kopi Bajawa 250 g', options: [{ label: 'Beli', value: 'buy' }], menuToken: 't1' })).toEqual([
      { method: 'sendPhoto', payload: { photo: media, caption: 'Kopi Bajawa 250 g', reply_markup: { inline_keyboard: [[{ text: 'Beli', callback_data: 'c|t1|buy' }]] } } },
    ]);
  });

  it('sends a caption over 1024 characters as a text after the photo, buttons under the text', () => {
    const caption = 'Deskripsi panjang. '.repeat(60).trim();
    const calls = renderTelegram({ type: 'photo', media: { url: 'https://x.test/a.jpg' }, caption, options: [{ label: 'Beli', value: 'buy' }] });
    expect(calls.map((c) => c.method)).toEqual(['sendPhoto', 'sendMessage']);
    expect(calls[0]?.payload).toEqual({ photo: { url: 'https://x.test/a.jpg' } });
    expect(calls[1]?.payload).toMatchObject({ text: caption, reply_markup: { inline_keyboard: [[{ text: 'Beli' }]] } });
  });

  it('asks for a photo with a plain message', () => {
    expect(renderTelegram({ type: 'request', request: 'photo', text: 'Kirim foto produk' })).toEqual([{ method: 'sendMessage', payload: { text: 'Kirim foto produk' } }]);
  });

  for (const lang of ['id', 'en'] as const) {
    const t = translator(lang);
    it(`asks for the phone number with a one-time contact keyboard (${lang} label)`, () => {
      expect(renderTelegram({ type: 'request', request: 'contact', text: 'Nomor HP?' }, { lang })).toEqual([
        {
          method: 'sendMessage',
          payload: {
            text: 'Nomor HP?',
            reply_markup: { keyboard: [[{ text: t('telegram:request.contact'), request_contact: true }]], one_time_keyboard: true, resize_keyboard: true },
          },
        },
      ]);
    });

    it(`asks for a location with a location button (${lang} label)`, () => {
      const [call] = renderTelegram({ type: 'request', request: 'location', text: 'Lokasi?' }, { lang });
      expect(call?.payload.reply_markup).toEqual({ keyboard: [[{ text: t('telegram:request.location'), request_location: true }]], one_time_keyboard: true, resize_keyboard: true });
    });

    it(`lists every command with a ${lang} description`, () => {
      const commands = botCommands(lang);
      expect(commands.map((c) => c.command)).toEqual([...commandNames]);
      for (const c of commands) {
        expect(c.description).toBe(t(`telegram:commands.${c.command}`));
        expect(c.description).not.toContain('telegram:'); // a missing key would come back as the key itself
      }
    });
  }

  it('prefers the label the engine gives and differs between languages otherwise', () => {
    const [given] = renderTelegram({ type: 'request', request: 'contact', text: 'HP?', buttonLabel: 'Bagikan nomor' });
    expect(given?.payload.reply_markup).toMatchObject({ keyboard: [[{ text: 'Bagikan nomor' }]] });
    expect(translator('id')('telegram:request.contact')).not.toBe(translator('en')('telegram:request.contact'));
  });
});

describe('renderTelegramBatch', () => {
  it('removes the reply keyboard on the first plain message after a contact request', () => {
    const first = renderTelegramBatch([{ type: 'request', request: 'contact', text: 'Nomor HP?' }]);
    expect(first.replyKeyboardOpen).toBe(true);
    const next = renderTelegramBatch(
      [
        { type: 'choices', text: 'Konfirmasi?', options: [{ label: 'Ya', value: 'yes' }] },
        { type: 'text', text: 'Terima kasih' },
        { type: 'text', text: 'Lagi' },
      ],
      { removeReplyKeyboard: first.replyKeyboardOpen },
    );
    expect(next.calls.map((c) => c.payload.reply_markup)).toEqual([
      { inline_keyboard: [[{ text: 'Ya', callback_data: 'c||yes' }]] }, // an inline keyboard cannot also remove
      { remove_keyboard: true },
      undefined,
    ]);
    expect(next.replyKeyboardOpen).toBe(false);
  });

  it('leaves plain messages alone when no reply keyboard is showing', () => {
    const { calls } = renderTelegramBatch([{ type: 'text', text: 'a' }, { type: 'request', request: 'photo', text: 'b' }]);
    expect(calls.every((c) => c.payload.reply_markup === undefined)).toBe(true);
  });
});
