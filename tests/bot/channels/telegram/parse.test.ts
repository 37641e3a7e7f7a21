import { describe, expect, it } from 'vitest';
import { inboundEventSchema } from '../../../../domain/chat/message.ts';
import { parseTelegramUpdate } from '../../../../bot/channels/telegram/parse.ts';
import { loadUpdate } from './fixtures.ts';

const who = { channel: 'TELEGRAM', chatId: '123456789', senderId: '123456789', profile: { name: 'Maria Bria', languageCode: 'id' } };

function parse(name: string) {
  const event = parseTelegramUpdate(loadUpdate(name));
  // whatever the parser produces must pass the engine's own schema
  if (event) expect(inboundEventSchema.safeParse(event).success).toBe(true);
  return event;
}

describe('parseTelegramUpdate', () => {
  it('maps a text message, with the update id as message id', () => {
    expect(parse('text')).toEqual({ ...who, messageId: 'u880001', type: 'text', text: 'Ada tenun ikat dari Sumba?' });
  });

  it('maps /start with a deep-link payload to a command', () => {
    expect(parse('start-deep-link')).toEqual({ ...who, messageId: 'u880002', type: 'command', command: 'start', args: 'p_ABC' });
  });

  it('lowercases a command and drops the @botname suffix', () => {
    expect(parse('command-botname')).toMatchObject({ type: 'command', command: 'cart', args: '' });
  });

  it('treats a lone slash or a slash with spaces as plain text', () => {
    const update = loadUpdate('text');
    update.message!.text = '/ 2 kain';
    expect(parseTelegramUpdate(update)).toMatchObject({ type: 'text', text: '/ 2 kain' });
  });

  it('decodes the menu token and value of a tapped button', () => {
    expect(parse('callback-query')).toEqual({ ...who, messageId: 'u880004', type: 'choice', value: 'add:prod_1', menuToken: 'm7Kq' });
  });

  it('turns callback data it cannot decode into an empty (outdated) choice', () => {
    expect(parse('callback-query-stale')).toEqual({ ...who, messageId: 'u880005', type: 'choice', value: '' });
  });

  it('takes the largest photo size, its size in bytes and the caption', () => {
    expect(parse('photo')).toEqual({
      ...who,
      messageId: 'u880006',
      type: 'media',
      kind: 'photo',
      ref: 'AgACAgUAAxkBAAIBlarge',
      mime: 'image/jpeg',
      bytes: 98234,
      caption: 'Foto kain untuk produk baru',
    });
  });

  it('maps a document with its mime type', () => {
    expect(parse('document')).toMatchObject({ type: 'media', kind: 'document', ref: 'BQACAgUAAxkBAAIBdoc', mime: 'application/pdf', bytes: 48211, caption: 'Bukti transfer' });
  });

  it('maps a shared contact and a location', () => {
    expect(parse('contact')).toMatchObject({ type: 'contact', phone: '6281234567890', name: 'Maria Bria', messageId: 'u880008' });
    expect(parse('location')).toMatchObject({ type: 'location', latitude: -10.1772, longitude: 123.607 });
  });

  it('marks stickers, voice notes and GIFs unsupported (a GIF is not a document)', () => {
    expect(parse('sticker')).toMatchObject({ type: 'unsupported', kind: 'sticker' });
    expect(parse('voice')).toMatchObject({ type: 'unsupported', kind: 'voice' });
    expect(parse('animation')).toMatchObject({ type: 'unsupported', kind: 'other' });
  });

  it('ignores edits, group chats and membership updates', () => {
    expect(parse('edited-message')).toBeNull();
    expect(parse('group-message')).toBeNull();
    expect(parse('my-chat-member')).toBeNull();
  });

  it('ignores a button tapped in a group chat', () => {
    const update = loadUpdate('callback-query');
    update.callback_query!.message!.chat = { id: -1001234567890, type: 'supergroup', title: 'Pasar Desa' };
    expect(parseTelegramUpdate(update)).toBeNull();
  });

  it('leaves out a profile name and language the user does not have', () => {
    const update = loadUpdate('text');
    update.message!.from = { id: 99, is_bot: false, first_name: '' };
    expect(parseTelegramUpdate(update)).toMatchObject({ senderId: '99', profile: {} });
  });
});
