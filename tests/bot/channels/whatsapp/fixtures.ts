// Loads the recorded whatsapp-web.js messages (JSON.stringify of a wweb Message, `client` is not enumerable).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/whatsapp');

export type FixtureName =
  | 'text' | 'numbered-reply' | 'wa-me-start' | 'slash-start' | 'image-caption' | 'document' | 'location'
  | 'vcard' | 'sticker' | 'voice-note' | 'group' | 'status' | 'own';

export function loadFixture(name: FixtureName): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;
}
