// A typed console line → an inbound event. The console has no buttons or attachments, so a few forms stand
// in for them: "/photo PATH" (or a bare path to an image file) sends a photo, "/contact 0812..." shares a
// phone number, "/location -10.17 123.6" a location. Menus are answered by number, as on WhatsApp.
import { existsSync } from 'node:fs';
import type { InboundBody } from '../../core/message.ts';

const imagePath = /^(\/|\.{1,2}\/|~\/)?[^\s]+\.(jpe?g|png|webp)$/i;

export function parseConsoleLine(line: string): InboundBody | null {
  const text = line.replace(/\r?\n$/, '');
  if (!text.trim()) return null;
  const trimmed = text.trim();
  const photo = /^\/(photo|foto)\s+(.+)$/i.exec(trimmed);
  if (photo) return { type: 'media', kind: 'photo', ref: photo[2]!.trim() };
  if (imagePath.test(trimmed) && existsSync(trimmed)) return { type: 'media', kind: 'photo', ref: trimmed };
  const contact = /^\/(contact|kontak)\s+(.+)$/i.exec(trimmed);
  if (contact) return { type: 'contact', phone: contact[2]!.trim() };
  const location = /^\/(location|lokasi)\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)$/i.exec(trimmed);
  if (location) return { type: 'location', latitude: Number(location[2]), longitude: Number(location[3]) };
  const command = /^\/([a-zA-Z_]+)(?:\s+(.*))?$/.exec(trimmed);
  if (command) return { type: 'command', command: command[1]!.toLowerCase(), args: (command[2] ?? '').trim() };
  return { type: 'text', text };
}
