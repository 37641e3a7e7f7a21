// The web chat end to end through the real app and engine: the page, turns as JSON, buttons with menu
// tokens, deep links, photos both ways, pushed messages over server-sent events, and the bad cases
// (tampered cookies, floods, malformed bodies, cross-site posts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { features } from '../../bot/flows/features.ts';
import { CHAT_COOKIE } from '../../web/chat/chat-session.ts';
import { chatClient, readStream, textOf } from './chat-client.ts';
import { photoTestFeature } from './chat-test-feature.ts';
import { tinyPng } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness({ features: [...features, photoTestFeature], rateLimitPerMinute: 40, chatEvents: { waitMs: 100, maxStreamMs: 4_000 } });
});
afterAll(() => h.close());

/** Opens the chat page in a language (the page remembers it in a cookie) and starts the conversation. */
const openChat = async (chat: ReturnType<typeof chatClient>, lang: 'id' | 'en' = 'en') => {
  await chat.get(`/chat?lang=${lang}`);
  return chat.start();
};

describe('the page', () => {
  it('sets a signed HttpOnly SameSite=Lax cookie and runs only its nonce’d script', async () => {
    const chat = chatClient(h);
    const res = await chat.get('/chat?start=p_KBJ01');
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${CHAT_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const html = await res.text();
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">`);
    const config = JSON.parse(/<script type="application\/json" id="chat-config">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(config.start).toBe('p_KBJ01');
    expect(config.texts.you).toBe('Anda');
    expect(html).toContain('role="log"');

    const evil = await (await chat.get(`/chat?lang=en&start=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(evil).not.toContain('<script>alert(1)');
    expect(JSON.parse(/id="chat-config">([\s\S]*?)<\/script>/.exec(evil)![1]!)).toMatchObject({ start: '', texts: { you: 'You' } });
  });
});

describe('turns', () => {
  it('starts as a buyer in the page’s language, without setup questions; the user’s identity is the cookie’s chat id', async () => {
    const chat = chatClient(h);
    const first = await openChat(chat, 'en');
    expect(first.status).toBe(200);
    expect(first.body.lang).toBe('en');
    expect(textOf(first.body.messages)).toContain('Main menu');
    expect(textOf(first.body.messages)).not.toMatch(/Choose your language|How are you joining/);
    const labels = chat.lastMenu()!.options.map((o) => o.label);
    expect(labels).toContain('🔍 Search products');
    expect(labels).toContain('🧺 Sell my products (register as a producer)');

    const chatId = /etalase_chat=([^.;]+)\./.exec(decodeURIComponent(chat.jar.header()))![1]!;
    const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'WEB', externalId: chatId }, include: { user: true } });
    expect(identity.user).toMatchObject({ role: 'BUYER', language: 'en' });
    expect(identity.user.onboardedAt).not.toBeNull();

    const indonesian = chatClient(h);
    const pagi = await openChat(indonesian, 'id');
    expect(pagi.body.lang).toBe('id');
    expect(textOf(pagi.body.messages)).toContain('Menu utama');
  });

  it('lets a buyer register as a producer from the menu and then shows the producer menu', async () => {
    const chat = chatClient(h);
    await openChat(chat, 'en');
    const intro = await chat.tap('Sell my products');
    expect(textOf(intro.body.messages)).toContain("Let's register your business");
    expect(textOf(intro.body.messages)).toContain('What is your full name');
    await chat.say('Maria Goreti');
    expect(textOf((await chat.say('Tenun Ina Maria')).body.messages)).toContain('Where are you?');
    // one answer for the place; the web chat asks the phone (typed), and that last answer registers
    expect(textOf((await chat.say('Prailiu, Kambera, Sumba Timur')).body.messages)).toContain('Type your phone number');
    const done = await chat.say('0812 3456 7890');
    expect(textOf(done.body.messages)).toContain('Tenun Ina Maria is registered as a producer');
    expect(textOf(done.body.messages)).toContain('Producer menu');
    const chatId = /etalase_chat=([^.;]+)\./.exec(decodeURIComponent(chat.jar.header()))![1]!;
    const identity = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'WEB', externalId: chatId }, include: { user: { include: { producer: true } } } });
    expect(identity.user.role).toBe('PRODUCER');
    expect(identity.user.producer).toMatchObject({ businessName: 'Tenun Ina Maria', regionCode: '53.11', district: 'Kambera', village: 'Prailiu', phone: '6281234567890' });
  });

  it('forwards /chat?start=... as the deep link, typed /commands as commands, and catches stale buttons', async () => {
    const chat = chatClient(h);
    expect(textOf((await chat.start('echo_p_KBJ01')).body.messages)).toBe('deep link echo_p_KBJ01');
    await openChat(chat);
    expect(textOf((await chat.say('/nosuch')).body.messages)).toContain('Unknown command /nosuch.');
    const stale = await chat.post({ choice: { value: 'buyer', menuToken: 'old-token' } });
    expect(textOf(stale.body.messages)).toContain('That button is from an older message');
  });

  it('uploads a photo and shows it back through a link signed for this chat only', async () => {
    const chat = chatClient(h);
    await openChat(chat);
    const ask = await chat.start('photo_test');
    expect(ask.body.messages).toEqual([{ type: 'request', request: 'photo', text: 'Kirim foto produk' }]);
    const form = new FormData();
    form.append('photo', new File([new Uint8Array(await tinyPng())], 'kopi.png', { type: 'image/png' }));
    const sent = await chat.post(form);
    const photo = sent.body.messages!.find((m) => m.type === 'photo');
    expect(photo).toMatchObject({ type: 'photo', caption: 'Foto diterima' });
    const src = (photo as { src: string }).src;
    expect(src).toMatch(/^\/chat\/media\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{32}$/);

    const mine = await chat.get(src);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/jpeg');
    const stranger = chatClient(h);
    await stranger.get('/chat');
    expect((await stranger.get(src)).status).toBe(404);
    expect((await chat.get(`${src.slice(0, -1)}${src.endsWith('A') ? 'B' : 'A'}`)).status).toBe(404);
  });

  it('pushes messages that arrive later over server-sent events, and not the replies of a turn', async () => {
    const chat = chatClient(h);
    await openChat(chat);
    const chatId = /etalase_chat=([^.;]+)\./.exec(decodeURIComponent(chat.jar.header()))![1]!;
    const user = await h.db.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'WEB', externalId: chatId } });
    const stream = await h.app.request('/chat/api/events', { headers: chat.headers() });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reading = readStream(stream, (text) => text.includes('event: messages'));
    const help = await chat.say('help');
    expect(textOf(help.body.messages)).toContain('Words that always work');
    const delivered = await h.engine.deliver(user.userId, () => [{ type: 'choices', text: 'Pesanan #12 diterima produsen', options: [{ label: 'Lihat', value: '!order:12' }], menuToken: 'tok12' }]);
    expect(delivered).toEqual({ delivered: true, channel: 'WEB' });
    const text = await reading;
    expect(text).toContain('Pesanan #12 diterima produsen');
    expect(text).toContain('"menuToken":"tok12"');
    expect(text).not.toContain('Words that always work');
  });
});

describe('bad input', () => {
  it('starts a new anonymous chat when the cookie is tampered with, without an error', async () => {
    const chat = chatClient(h);
    await openChat(chat);
    const original = chat.jar.cookies.get(CHAT_COOKIE)!;
    const [value, signature] = decodeURIComponent(original).split('.');
    const flipped = `${signature!.slice(0, 5)}${signature![5] === 'A' ? 'B' : 'A'}${signature!.slice(6)}`;
    for (const forged of [`${value!.slice(0, -1)}X.${signature}`, 'w-aaaaaaaaaaaaaaaaaaaaaaaa', `${value}.`, '%%%', `${value}.${flipped}`]) {
      const res = await h.app.request('/chat/api/send', { method: 'POST', headers: { cookie: `${CHAT_COOKIE}=${forged}`, 'content-type': 'application/json' }, body: JSON.stringify({ start: '' }) });
      expect(res.status, forged).toBe(200);
      const set = res.headers.getSetCookie().find((c) => c.startsWith(`${CHAT_COOKIE}=`));
      expect(set, forged).toBeDefined();
      expect(set, forged).not.toContain(value!);
      const body = (await res.json()) as { messages: { text?: string }[] };
      expect(textOf(body.messages as never)).toContain('Menu utama'); // a new chat starts as a buyer at the menu
    }
    // the original chat is untouched and still works
    expect(textOf((await chat.say('menu')).body.messages)).toContain('Main menu');
  });

  it('refuses a flood with 429 and a friendly text in the user’s language', async () => {
    const small = await createWebHarness({ rateLimitPerMinute: 5 });
    try {
      const chat = chatClient(small, { ip: '203.0.113.7' });
      await openChat(chat); // 1 message, English
      await chat.say('menu');
      await chat.say('menu');
      const statuses = [(await chat.say('menu')).status, (await chat.say('menu')).status];
      const last = await chat.say('menu');
      expect(statuses).toEqual([200, 200]);
      expect(last.status).toBe(429);
      expect(last.res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(last.body.error).toEqual({ code: 'rate_limited', message: 'Too many messages in a short time. Please wait a moment, then send again.', requestId: last.res.headers.get('x-request-id') });
      expect(textOf(last.body.messages)).toContain('Too many messages');

      // dropping the cookie does not lift it: the address has its own limit (4 × the chat limit)
      const fresh: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await small.app.request('/chat/api/send', { method: 'POST', headers: { 'x-forwarded-for': '198.51.100.9', 'content-type': 'application/json' }, body: JSON.stringify({ text: 'menu' }) });
        fresh.push(res.status);
        if (res.status === 429) expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Terlalu banyak pesan');
      }
      expect(fresh.indexOf(429)).toBe(20);
    } finally {
      await small.close();
    }
  });

  it('answers malformed bodies and cross-site posts with a clear JSON error, nothing leaked', async () => {
    const chat = chatClient(h);
    for (const body of ['{not json', JSON.stringify({ text: 'hi', admin: true }), JSON.stringify({ choice: { value: '' } }), JSON.stringify({ start: '../../etc' }), JSON.stringify({ location: { latitude: 200, longitude: 0 } })]) {
      const res = await chat.post(body);
      expect(res.status, body.slice(0, 30)).toBe(400);
      expect(res.body.error?.code).toBe('validation');
      expect(res.body.error?.message).toBe('Pesan tidak terkirim. Silakan coba lagi.');
      expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.ts/);
    }
    // an absurdly long text is no malformed body: the chat answers it, in the user's language, as too long
    const long = await chat.post(JSON.stringify({ text: 'x'.repeat(90_000) }));
    expect(long.status).toBe(200);
    expect(long.body.messages?.map((m) => ('text' in m ? m.text : '')).join('\n')).toContain('Pesan terlalu panjang (maksimal 4000 karakter)');
    const empty = new FormData();
    empty.append('caption', 'tanpa foto');
    expect((await chat.post(empty)).body.error?.message).toBe('Pilih sebuah foto (JPEG, PNG atau WebP).');
    const cross = await chat.post({ text: 'menu' }, { 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(403);
  });

  it('answers a friendly 503 when the engine fails, without details', async () => {
    const chat = chatClient(h);
    const original = h.engine.handle;
    h.engine.handle = async () => {
      throw new Error('conversation w-x stays locked by another process');
    };
    try {
      const res = await chat.say('menu');
      expect(res.status).toBe(503);
      expect(res.body.error).toEqual({ code: 'unavailable', message: 'Pesan tidak terkirim. Silakan coba lagi.', requestId: res.res.headers.get('x-request-id') });
      expect(JSON.stringify(res.body)).not.toContain('locked');
    } finally {
      h.engine.handle = original;
    }
  });

  it('answers a non-image upload through the engine with the media error', async () => {
    const chat = chatClient(h);
    await openChat(chat, 'id');
    await chat.start('photo_test');
    const form = new FormData();
    form.append('photo', new File([new TextEncoder().encode('<?php echo 1; ?>')], 'x.jpg', { type: 'image/jpeg' }));
    const res = await chat.post(form);
    expect(res.status).toBe(200);
    expect(textOf(res.body.messages)).toMatch(/foto|gambar/i);
  });
});

describe('a retried POST (the page sends each message with its own id, the same on every retry)', () => {
  it('runs the turn once and answers the retry with the same replies; another id is another turn', async () => {
    const chat = chatClient(h);
    await openChat(chat, 'en');
    const id = 'msg-retry-0001-abcdef';
    const handled = (messageId: string) => h.db.prisma.processedInbound.count({ where: { channel: 'WEB', messageId } });
    // the first answer was lost on the way back; the page posts again with the same id
    const first = await chat.post({ text: 'kopi' }, { 'x-chat-message-id': id });
    expect(first.status).toBe(200);
    expect(textOf(first.body.messages)).not.toBe('');
    const retry = await chat.post({ text: 'kopi' }, { 'x-chat-message-id': id });
    expect(retry.status).toBe(200);
    expect(retry.body.messages).toEqual(first.body.messages);
    expect(await handled(`web-${id}`)).toBe(1);

    // two at once (a retry while the first is still running): one turn, the same replies to both
    const [a, b] = await Promise.all([0, 1].map(() => chat.post({ text: 'menu' }, { 'x-chat-message-id': 'msg-retry-0002-abcdef' })));
    expect(a!.body.messages).toEqual(b!.body.messages);
    expect(await handled('web-msg-retry-0002-abcdef')).toBe(1);

    // the same words as a new message (a new id) are a new turn
    const again = await chat.post({ text: 'kopi' }, { 'x-chat-message-id': 'msg-retry-0003-abcdef' });
    expect(again.status).toBe(200);
    expect(await handled('web-msg-retry-0003-abcdef')).toBe(1);
  });

  it('a turn that failed is run again by the retry', async () => {
    const chat = chatClient(h);
    await openChat(chat, 'en');
    const original = h.engine.handle;
    h.engine.handle = async () => {
      throw new Error('database gone');
    };
    try {
      expect((await chat.post({ text: 'menu' }, { 'x-chat-message-id': 'msg-retry-0004-abcdef' })).status).toBe(503);
    } finally {
      h.engine.handle = original;
    }
    const retry = await chat.post({ text: 'menu' }, { 'x-chat-message-id': 'msg-retry-0004-abcdef' });
    expect(retry.status).toBe(200);
    expect(textOf(retry.body.messages)).toContain('Main menu');
  });

  it('the page script sends an id made once per message and keeps it through its retries', async () => {
    const html = await (await chatClient(h).get('/chat?lang=en')).text();
    expect(html).toContain("'x-chat-message-id': id");
    expect(html).toMatch(/return post\(body, id, attempt \+ 1\)/);
  });
});
