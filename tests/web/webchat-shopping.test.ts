// The buyer's flows through the web channel, as on Telegram and WhatsApp: a storefront deep link opens the
// product card (with its photo), Add to cart asks the quantity with buttons, the cart offers checkout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatClient, textOf } from './chat-client.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
  const producer = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09', story: 'Kami 28 keluarga petani kopi.' });
  await addProduct(h, { producerId: producer.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', flagship: true, photo: true });
});
afterAll(() => h.close());

describe('shopping in the web chat', () => {
  it('goes from the storefront link to a cart ready for checkout, in the language of the page', async () => {
    const chat = chatClient(h);
    await chat.get('/chat?lang=en');
    const card = await chat.start('p_KBJ01');
    const photo = card.body.messages!.find((m) => m.type === 'photo');
    expect(photo).toBeDefined();
    expect((photo as { caption: string }).caption).toContain('Bajawa Arabica Coffee');
    const image = await chat.get((photo as { src: string }).src);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(chat.lastMenu()!.options.map((o) => o.label)).toContain('🛒 Add to cart');

    const quantity = await chat.tap('Add to cart');
    expect(textOf(quantity.body.messages)).toContain('How many of Bajawa Arabica Coffee');
    expect(quantity.body.messages!.at(-1)).toMatchObject({ type: 'choices', columns: 5 });
    const added = await chat.tap('2');
    expect(textOf(added.body.messages)).toContain('2 × Bajawa Arabica Coffee added to your cart');
    const cart = await chat.tap('View cart');
    expect(textOf(cart.body.messages)).toContain('• 2 × Bajawa Arabica Coffee @ Rp85.000 = Rp170.000');
    expect(chat.lastMenu()!.options.map((o) => o.label)).toContain('✅ Checkout');
  });

  it('searches with the first typed text, typos and all, before the page started the conversation', async () => {
    const chat = chatClient(h);
    await chat.get('/chat?lang=en');
    const found = await chat.say('kopii bajwa');
    expect(found.status).toBe(200);
    const text = textOf(found.body.messages);
    expect(text).toContain('Results for "kopii bajwa"');
    expect(text).toContain('Bajawa Arabica Coffee');
    expect(text).toContain('1 product found · Page 1');
    expect(text).not.toMatch(/pick one of the choices|Choose your language|How are you joining/i);
  });
});
