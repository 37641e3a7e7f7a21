// Rendering for the web chat page and the per-chat message limiter, in isolation.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../domain/lib/i18n.ts';
import { createChatRateLimiter } from '../../../../web/chat/chat-rate-limit.ts';
import { mediaLink, verifyMediaToken } from '../../../../domain/chat/media-link.ts';
import { renderWeb, safeUrl } from '../../../../bot/channels/web/render.ts';
import { toInboundBody } from '../../../../bot/channels/web/parse.ts';
import { webSendSchema } from '../../../../domain/chat/web-chat.ts';

const args = { chatId: 'w-chat', secret: 's3cret', t: translator('en') };

describe('renderWeb', () => {
  it('keeps texts as they are (the page sets textContent) and drops unsafe links', () => {
    const out = renderWeb(
      [
        { type: 'text', text: '<b>bold</b> & "quoted"' },
        {
          type: 'choices',
          text: 'Pick',
          menuToken: 'abc',
          options: [
            { label: 'Tap', value: 'x' },
            { label: 'Evil', url: 'javascript:alert(1)' },
            { label: 'Evil data', url: 'data:text/html,<script>' },
            { label: 'Other site', url: '//evil.example' },
            { label: 'Shop', url: 'https://etalase.test/p/kopi' },
            { label: 'Local', url: '/p/kopi' },
          ],
        },
      ],
      args,
    );
    expect(out[0]).toEqual({ type: 'text', text: '<b>bold</b> & "quoted"' });
    expect(out[1]).toEqual({
      type: 'choices',
      text: 'Pick',
      menuToken: 'abc',
      options: [{ label: 'Tap', value: 'x' }, { label: 'Shop', url: 'https://etalase.test/p/kopi' }, { label: 'Local', url: '/p/kopi' }],
    });
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBeUndefined();
  });

  it('turns stored photos into links signed for the chat, and explains requests', () => {
    const [photo, request] = renderWeb(
      [
        { type: 'photo', media: { mediaId: 'm1' }, caption: 'Kopi', options: [{ label: 'Add', value: '!cart:1' }], menuToken: 't' },
        { type: 'request', request: 'contact', text: 'Your number?', buttonLabel: 'Share' },
      ],
      args,
    );
    expect(photo).toMatchObject({ type: 'photo', caption: 'Kopi', options: [{ label: 'Add', value: '!cart:1' }], menuToken: 't' });
    const token = (photo as { src: string }).src.replace('/chat/media/', '');
    expect(verifyMediaToken('s3cret', 'w-chat', token)).toEqual({ mediaId: 'm1' });
    expect(verifyMediaToken('s3cret', 'w-other', token)).toBeNull();
    expect(verifyMediaToken('other', 'w-chat', token)).toBeNull();
    expect(verifyMediaToken('s3cret', 'w-chat', mediaLink('s3cret', 'w-chat', { path: '2026/11/a.jpg' }).replace('/chat/media/', ''))).toEqual({ path: '2026/11/a.jpg' });
    expect(request).toEqual({ type: 'request', request: 'contact', text: 'Your number?', buttonLabel: 'Share', hint: 'Type your phone number in the message box.' });
  });
});

describe('web sends', () => {
  it('maps page input to inbound events', () => {
    const parse = (v: unknown) => toInboundBody(webSendSchema.parse(v));
    expect(parse({ text: 'kopi' })).toEqual({ type: 'text', text: 'kopi' });
    expect(parse({ text: '/claim ABC123' })).toEqual({ type: 'command', command: 'claim', args: 'ABC123' });
    expect(parse({ start: 'p_KBJ01' })).toEqual({ type: 'command', command: 'start', args: 'p_KBJ01' });
    expect(parse({ choice: { value: 'en', menuToken: 'tok' } })).toEqual({ type: 'choice', value: 'en', menuToken: 'tok' });
    expect(parse({ location: { latitude: -10.17, longitude: 123.6 } })).toEqual({ type: 'location', latitude: -10.17, longitude: 123.6 });
    expect(webSendSchema.safeParse({ start: 'p KBJ01' }).success).toBe(false);
  });
});

describe('createChatRateLimiter', () => {
  it('refuses over the limit per chat, 4× per address, and forgets after a minute', () => {
    let now = 0;
    const limiter = createChatRateLimiter({ perMinute: 2, now: () => now });
    expect(limiter.check(['chat:a', 'ip:1']).allowed).toBe(true);
    expect(limiter.check(['chat:a', 'ip:1']).allowed).toBe(true);
    const refused = limiter.check(['chat:a', 'ip:1']);
    expect(refused).toEqual({ allowed: false, retryAfter: 60 });
    for (let i = 0; i < 5; i++) expect(limiter.check([`chat:n${i}`, 'ip:1']).allowed).toBe(true);
    expect(limiter.check(['chat:z', 'ip:1']).allowed).toBe(false);
    now = 60_001;
    expect(limiter.check(['chat:a', 'ip:1']).allowed).toBe(true);
  });
});
