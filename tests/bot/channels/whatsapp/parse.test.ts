import { describe, expect, it } from 'vitest';
import { inboundEventSchema } from '../../../../domain/chat/message.ts';
import { parseWhatsAppMessage, wwebMessageSchema } from '../../../../bot/channels/whatsapp/parse.ts';
import { parseVCard } from '../../../../bot/channels/whatsapp/vcard.ts';
import { loadFixture, type FixtureName } from './fixtures.ts';

const buyer = { channel: 'WHATSAPP', chatId: '6281234567890@c.us', senderId: '6281234567890' };

function parseFixture(name: FixtureName) {
  const event = parseWhatsAppMessage(wwebMessageSchema.parse(loadFixture(name)));
  // whatever we produce must satisfy the engine's contract
  if (event) inboundEventSchema.parse(event);
  return event;
}

describe('parseWhatsAppMessage on recorded messages', () => {
  it('turns a chat message into text with the sender and push name', () => {
    expect(parseFixture('text')).toEqual({
      ...buyer,
      messageId: 'false_6281234567890@c.us_3EB0C7A1F2D3E4B5A6C7',
      profile: { name: 'Maria Lende' },
      type: 'text',
      text: 'Halo, saya mau lihat tenun ikat Sumba',
    });
  });

  it('passes a numbered reply through as text (the engine maps it to the option)', () => {
    expect(parseFixture('numbered-reply')).toMatchObject({ type: 'text', text: '2' });
  });

  it('maps the wa.me prefill "start P123" and "/start p_KP7Q2" to the start command', () => {
    expect(parseFixture('wa-me-start')).toMatchObject({ ...buyer, type: 'command', command: 'start', args: 'P123', profile: { name: 'Yohanes' } });
    expect(parseFixture('slash-start')).toMatchObject({ type: 'command', command: 'start', args: 'p_KP7Q2' });
  });

  it('turns an image into a photo whose ref is the message id, with mime, size and caption', () => {
    expect(parseFixture('image-caption')).toMatchObject({
      ...buyer,
      type: 'media',
      kind: 'photo',
      ref: 'false_6281234567890@c.us_3EB0E1F2A3B4C5D6E7F8',
      mime: 'image/jpeg',
      bytes: 183245,
      caption: 'Kain tenun ikat motif kuda, 2 x 1 m',
    });
  });

  it('turns a document into media of kind document without the thumbnail as caption', () => {
    const event = parseFixture('document');
    expect(event).toMatchObject({ type: 'media', kind: 'document', mime: 'application/pdf', bytes: 48211 });
    expect(event).not.toHaveProperty('caption');
  });

  it('reads a shared location', () => {
    expect(parseFixture('location')).toMatchObject({ ...buyer, type: 'location', latitude: -10.1772, longitude: 123.607 });
  });

  it('reads the phone of a shared contact from the vCard waid', () => {
    expect(parseFixture('vcard')).toMatchObject({ ...buyer, type: 'contact', phone: '+6281339876543', name: 'Yohanes Bria' });
  });

  it('answers stickers and voice notes as unsupported with their kind', () => {
    expect(parseFixture('sticker')).toMatchObject({ type: 'unsupported', kind: 'sticker' });
    expect(parseFixture('voice-note')).toMatchObject({ type: 'unsupported', kind: 'voice' });
  });

  it('ignores group messages, status updates and our own messages', () => {
    expect(parseFixture('group')).toBeNull();
    expect(parseFixture('status')).toBeNull();
    expect(parseFixture('own')).toBeNull();
  });
});

describe('parseWhatsAppMessage edge cases', () => {
  const base = wwebMessageSchema.parse(loadFixture('text'));

  it('ignores newsletters, broadcast lists and system notices', () => {
    expect(parseWhatsAppMessage({ ...base, from: '120363123456789012@newsletter' })).toBeNull();
    expect(parseWhatsAppMessage({ ...base, from: '1767331200@broadcast' })).toBeNull();
    expect(parseWhatsAppMessage({ ...base, type: 'e2e_notification' })).toBeNull();
    expect(parseWhatsAppMessage({ ...base, type: 'revoked' })).toBeNull();
  });

  it('keeps "start" sentences that are not deep links as text', () => {
    expect(parseWhatsAppMessage({ ...base, body: 'start jualan besok' })).toMatchObject({ type: 'text' });
    expect(parseWhatsAppMessage({ ...base, body: 'START p_X1' })).toMatchObject({ type: 'command', command: 'start', args: 'p_X1' });
    expect(parseWhatsAppMessage({ ...base, body: '/Bantuan' })).toMatchObject({ type: 'command', command: 'bantuan', args: '' });
  });

  it('maps audio, video and gifs, and unknown types to other', () => {
    expect(parseWhatsAppMessage({ ...base, type: 'audio' })).toMatchObject({ type: 'unsupported', kind: 'audio' });
    expect(parseWhatsAppMessage({ ...base, type: 'video', isGif: true })).toMatchObject({ type: 'unsupported', kind: 'video' });
    expect(parseWhatsAppMessage({ ...base, type: 'poll_creation' })).toMatchObject({ type: 'unsupported', kind: 'other' });
  });

  it('takes a flattened mimetype/filesize when present', () => {
    const event = parseWhatsAppMessage({ ...base, type: 'image', body: '', mimetype: 'image/png', filesize: 10, _data: {} });
    expect(event).toMatchObject({ type: 'media', kind: 'photo', mime: 'image/png', bytes: 10 });
  });
});

describe('parseVCard', () => {
  it('falls back to the TEL value without waid and unfolds lines', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ibu\r\n  Rambu\r\nitem1.TEL:+62 812-0000-1111\r\nEND:VCARD';
    expect(parseVCard(card)).toEqual({ phone: '+6281200001111', name: 'Ibu Rambu' });
  });

  it('returns null without a phone', () => {
    expect(parseVCard('BEGIN:VCARD\nFN:Tanpa Nomor\nEND:VCARD')).toBeNull();
  });
});
