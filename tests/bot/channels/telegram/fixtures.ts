// Recorded Telegram updates under tests/fixtures/telegram/<name>.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Update } from 'grammy/types';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/telegram');

export function loadUpdate(name: string): Update {
  return JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Update;
}
