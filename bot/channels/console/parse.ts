// A typed console line → an inbound event. The console has no buttons or attachments, so a few forms stand
// in for them: "/photo PATH" (or a bare path to an image file) sends a photo, "/contact 0812..." shares a
// phone number, "/location -10.17 123.6" a location. Menus are answered by number, as on WhatsApp.
import { existsSync } from 'node:fs';
import { cleanShortText, cleanTypedText } from '../../../domain/chat/clean-text.ts';
import type { InboundBody } from '../../../domain/chat/message.ts';

const imagePath = /^(\/|\.{1,2}\/|~\/)?[^\s]+\.(jpe?g|png|webp)$/i;

export function parseConsoleLine(line: string): InboundBody | null {
  if (!line.trim()) return null;
  // control characters, lone surrogates and absurd lengths never reach the engine (see clean-text.ts)
  const text = cleanTypedText(line.replace(/\r?\n$/, ''));
  if (text === null) return { type: 'unsupported', kind: 'other' };
  const trimmed = text.trim();
  const photo = /^\/(photo|foto)\s+(.+)$/i.exec(trimmed);
  if (photo) return { type: 'media', kind: 'photo', ref: photo[2]!.trim() };
  if (imagePath.test(trimmed) && existsSync(trimmed)) return { type: 'media', kind: 'photo', ref: trimmed };
  const contact = /^\/(contact|kontak)\s+(.{3,32})$/i.exec(trimmed);
  if (contact) return { type: 'contact', phone: contact[2]!.trim() };
  const location = /^\/(location|lokasi)\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)$/i.exec(trimmed);
  if (location && Math.abs(Number(location[2])) <= 90 && Math.abs(Number(location[3])) <= 180) {
    return { type: 'location', latitude: Number(location[2]), longitude: Number(location[3]) };
  }
  // a command's arguments are short (a code, a deep link); anything longer is read as text, as on WhatsApp
  const command = /^\/([a-zA-Z_]{1,64})(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (command && (command[2] ?? '').trim().length <= 512) return { type: 'command', command: command[1]!.toLowerCase(), args: cleanShortText((command[2] ?? '').trim(), 512) };
  return { type: 'text', text };
}
