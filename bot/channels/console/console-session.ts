// One console turn: a typed line goes through the engine as that user; the answer comes back as lines.
// Used in-process (no server running) and by the running server for `npm run chat` (/internal/console.*).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConsoleTurn } from '../../../domain/chat/console-turn.ts';
import type { Lang } from '../../../domain/lib/i18n.ts';
import type { Engine } from '../../core/engine.ts';
import type { MediaFetcher } from '../../../domain/chat/message.ts';
import type { BufferedChannel } from '../buffered/buffered-channel.ts';
import { parseConsoleLine } from './parse.ts';
import { renderConsole } from './render.ts';

const mimeByExt: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/** Console photos are file paths on this machine. */
const fetchFile: MediaFetcher = async (ref) => ({ data: await readFile(ref), mime: mimeByExt[path.extname(ref).toLowerCase()] ?? 'application/octet-stream' });

export function createConsoleSession(engine: Pick<Engine, 'handle'>, channel: BufferedChannel) {
  return {
    async turn(input: ConsoleTurn): Promise<{ lines: string[] }> {
      const body = parseConsoleLine(input.line);
      if (body) {
        await engine.handle(
          {
            ...body,
            channel: 'CONSOLE',
            chatId: input.user,
            senderId: input.user,
            messageId: randomUUID(),
            profile: { name: input.user, languageCode: input.lang },
          },
          fetchFile,
        );
      }
      return { lines: renderConsole(channel.take(input.user), channel.languageOf(input.user) ?? input.lang ?? 'id') };
    },
    /** what was pushed to the user since the last turn (notifications) */
    pending(user: string, lang?: Lang): { lines: string[] } {
      return { lines: renderConsole(channel.take(user), channel.languageOf(user) ?? lang ?? 'id') };
    },
  };
}
