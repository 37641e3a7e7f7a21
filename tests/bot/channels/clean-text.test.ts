// Issue 19: what every channel's parser makes of hostile text (NUL and other control characters, lone
// surrogates, absurd lengths): nothing the database refuses reaches the engine, and every parser's event
// still passes the engine's own schema. A property test over any UTF-16 string, seeded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInboundText, INBOUND_TEXT_CAP, MAX_INBOUND_TEXT } from '../../../domain/chat/clean-text.ts';
import { inboundEventSchema, type InboundBody } from '../../../domain/chat/message.ts';
import { parseConsoleLine } from '../../../bot/channels/console/parse.ts';
import { parseTelegramUpdate } from '../../../bot/channels/telegram/parse.ts';
import { parseWhatsAppMessage, wwebMessageSchema } from '../../../bot/channels/whatsapp/parse.ts';
import { toInboundBody } from '../../../bot/channels/web/parse.ts';
import { webSendSchema } from '../../../domain/chat/web-chat.ts';
import { jsonbText } from '../../../domain/repositories/conversation.repository.ts';
import type { Update } from 'grammy/types';

const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(fc.string({ unit, minLength: 1, maxLength: 60 }), fc.constantFrom('abc\ud800def', 'x\u0000y', '\udc00', '/start \u0000p', '/claim \ud800'));
// what PostgreSQL refuses in text and jsonb, and what no person means
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const envelope = { channel: 'CONSOLE' as const, chatId: 'c', senderId: 's', messageId: 'm' };
function textsOf(body: InboundBody | null): string[] {
  if (!body) return [];
  if (body.type === 'text') return [body.text];
  if (body.type === 'command') return [body.command, body.args ?? ''];
  if (body.type === 'choice') return [body.value, body.menuToken ?? ''];
  if (body.type === 'media') return [body.caption ?? ''];
  if (body.type === 'contact') return [body.phone, body.name ?? ''];
  return [];
}

const telegram = (text: string, extra: Record<string, unknown> = {}) =>
  parseTelegramUpdate({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 5, type: 'private', first_name: 'A' }, from: { id: 5, is_bot: false, first_name: `A${text}` }, text, ...extra } } as unknown as Update);
const whatsapp = (body: string) =>
  parseWhatsAppMessage(wwebMessageSchema.parse({ id: { _serialized: 'w1' }, from: '628111@c.us', body, type: 'chat', _data: { notifyName: `N${body}` } }));

describe('cleanInboundText', () => {
  it('drops NUL and control characters, keeps tabs and line breaks, replaces lone surrogates', () => {
    expect(cleanInboundText('abc\ud800def')).toBe('abc\uFFFDdef');
    expect(cleanInboundText('x\u0000y\u0007z\u009b')).toBe('xyz');
    expect(cleanInboundText('a\r\nb\rc\td')).toBe('a\nb\nc\td');
    expect(cleanInboundText('kopi 🙂 tenun')).toBe('kopi 🙂 tenun');
    expect(cleanInboundText('\udc00x\ud83d')).toBe('\uFFFDx\uFFFD');
  });

  it('cuts an absurd length just past the limit, never inside a surrogate pair', () => {
    expect(cleanInboundText('a'.repeat(1_000_000))).toHaveLength(INBOUND_TEXT_CAP);
    expect(INBOUND_TEXT_CAP).toBeGreaterThan(MAX_INBOUND_TEXT);
    const emoji = cleanInboundText(`a${'🙂'.repeat(5000)}`);
    expect(emoji.length).toBeLessThanOrEqual(INBOUND_TEXT_CAP);
    expect(UNSAFE.test(emoji)).toBe(false);
  });

  it('leaves nothing unsafe in any string (property, seeded)', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (s) => !UNSAFE.test(cleanInboundText(s))), { seed: 19, numRuns: 2000 });
  });
});

describe('every channel parser on hostile text', () => {
  it('gives events the engine accepts, with nothing unsafe in them, and answers control-only text as unsupported', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const events = [
          telegram(text),
          whatsapp(text),
          ...(() => {
            const c = parseConsoleLine(text);
            return c ? [{ ...c, ...envelope }] : [];
          })(),
          ...(() => {
            const w = webSendSchema.safeParse({ text });
            return w.success ? [{ ...toInboundBody(w.data), ...envelope, channel: 'WEB' as const }] : [];
          })(),
        ];
        for (const event of events) {
          if (!event) continue;
          expect(inboundEventSchema.safeParse(event).success, JSON.stringify(event)).toBe(true);
          for (const t of [...textsOf(event as InboundBody), event.profile?.name ?? '']) expect(UNSAFE.test(t), JSON.stringify(t)).toBe(false);
        }
      }),
      { seed: 1919, numRuns: 1500 },
    );
    expect(telegram('\u0000\u0001')).toMatchObject({ type: 'unsupported', kind: 'other' });
    expect(whatsapp('\u0000')).toMatchObject({ type: 'unsupported', kind: 'other' });
    expect(parseConsoleLine('\u0000')).toEqual({ type: 'unsupported', kind: 'other' });
    expect(toInboundBody({ text: '\u0007' })).toEqual({ type: 'unsupported', kind: 'other' });
  });

  it('keeps the console forms that make sense and reads the rest as text or an unknown command', () => {
    expect(parseConsoleLine('/contact 0812 3456 789')).toEqual({ type: 'contact', phone: '0812 3456 789' });
    expect(parseConsoleLine('/contact x')).toEqual({ type: 'command', command: 'contact', args: 'x' });
    expect(parseConsoleLine('/location 999 999')).toEqual({ type: 'command', command: 'location', args: '999 999' });
    expect(parseConsoleLine(`/${'x'.repeat(80)}`)).toMatchObject({ type: 'text' });
    expect(parseConsoleLine(`/start ${'p'.repeat(600)}`)).toMatchObject({ type: 'text' });
    expect((parseConsoleLine('k'.repeat(50_000)) as { text: string }).text).toHaveLength(INBOUND_TEXT_CAP);
  });

  it('cleans Telegram captions, contact names and callback data too', () => {
    const photo = telegram('', { text: undefined, photo: [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }], caption: 'cap\u0000tion\ud800' });
    expect(photo).toMatchObject({ type: 'media', caption: 'caption\uFFFD' });
    const contact = telegram('', { text: undefined, contact: { phone_number: '+62 812\u0000', first_name: 'Ma\u0000ria' } });
    expect(contact).toMatchObject({ type: 'contact', phone: '+62 812', name: 'Maria' });
    const tap = parseTelegramUpdate({ update_id: 2, callback_query: { id: 'q', from: { id: 5, is_bot: false, first_name: 'A' }, chat_instance: 'i', data: 'c|tok|!cart.add:\u0000x', message: { message_id: 1, date: 1, chat: { id: 5, type: 'private' } } } } as unknown as Update);
    expect(tap).toMatchObject({ type: 'choice', value: '!cart.add:x', menuToken: 'tok' });
  });
});

describe('session jsonb', () => {
  it('is always savable: NUL removed and lone surrogates replaced anywhere in the session, keys too', () => {
    const text = jsonbText({ flow: { name: 'a\u0000b', list: ['\ud800', { 'k\u0000': 'x\udc00y' }] }, fine: 'kopi 🙂' });
    expect(text).not.toMatch(/\\u0000|\\ud[89a-f]/i);
    expect(JSON.parse(text)).toEqual({ flow: { name: 'ab', list: ['\uFFFD', { k: 'x\uFFFDy' }] }, fine: 'kopi 🙂' });
    // the usual session is written as JSON.stringify writes it
    expect(jsonbText({ a: 'b', n: 1 })).toBe('{"a":"b","n":1}');
  });
});
