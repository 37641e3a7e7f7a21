// The product card's "Beli" button reaches the Bot API as a web_app button (Telegram opens the Mini App at
// the product inside the chat), beside the ordinary callback button of the chat's own Add to cart; the same
// option is a plain link on WhatsApp, where there are no Mini Apps.
import { describe, expect, it } from 'vitest';
import type { Option } from '../../../../domain/chat/message.ts';
import { renderWhatsApp } from '../../../../bot/channels/whatsapp/render.ts';
import { translator } from '../../../../domain/lib/i18n.ts';
import { createHarness } from './channel-harness.ts';
import { loadUpdate } from './fixtures.ts';

const card: Option[] = [
  { label: '🛍️ Beli', url: 'https://etalase.example/tg?p=KBJ01', webApp: true },
  { label: '🛒 Tambah ke keranjang', value: '!cart.add:prod_1' },
];

describe('Telegram: the Mini App button', () => {
  it('goes out through grammY as web_app, the chat button as callback data', async () => {
    const h = createHarness({
      onEvent: async (event, channel) => channel.sender.send(event.chatId, [{ type: 'choices', text: '🛍️ Kopi Arabika Bajawa', options: card, menuToken: 'm1' }]),
    });
    await h.channel.bot.handleUpdate(loadUpdate('start-deep-link'));
    const sent = h.api.callsOf('sendMessage')[0]?.body as { reply_markup: { inline_keyboard: Record<string, unknown>[][] } };
    const [beli, add] = sent.reply_markup.inline_keyboard.map((row) => row[0]!);
    expect(beli).toEqual({ text: '🛍️ Beli', web_app: { url: 'https://etalase.example/tg?p=KBJ01' } });
    expect(add).toMatchObject({ text: '🛒 Tambah ke keranjang' });
    expect(typeof add!.callback_data).toBe('string');
  });

  it('is a link on WhatsApp', () => {
    const text = JSON.stringify(renderWhatsApp({ type: 'choices', text: 'Kopi', options: card }, translator('id')));
    expect(text).toContain('https://etalase.example/tg?p=KBJ01');
  });
});
