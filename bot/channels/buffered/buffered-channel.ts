// A channel whose replies wait in memory until the client collects them: the console (through the running
// server) and the web chat. Replies to a turn are returned with it; pushed notifications wait until the
// next poll or server-sent event. Buffers are bounded so an abandoned chat cannot grow without limit.
import type { Lang } from '../../../domain/lib/i18n.ts';
import type { ChannelName, ChannelSender, OutMessage } from '../../../domain/chat/message.ts';

const MAX_PER_CHAT = 200;

export interface BufferedChannel {
  sender: ChannelSender;
  /** takes and clears what is waiting for a chat */
  take(chatId: string): OutMessage[];
  /** resolves when something arrives for the chat (or after timeoutMs with nothing) */
  wait(chatId: string, timeoutMs: number): Promise<void>;
  /** the language a chat was last answered in, for rendering hints */
  languageOf(chatId: string): Lang | undefined;
}

export function createBufferedChannel(channel: Extract<ChannelName, 'CONSOLE' | 'WEB'>): BufferedChannel {
  const buffers = new Map<string, OutMessage[]>();
  const waiters = new Map<string, Set<() => void>>();
  const languages = new Map<string, Lang>();
  return {
    sender: {
      channel,
      async send(chatId, messages, lang) {
        const buffer = buffers.get(chatId) ?? [];
        buffer.push(...messages);
        buffers.set(chatId, buffer.slice(-MAX_PER_CHAT));
        if (lang) languages.set(chatId, lang);
        for (const wake of waiters.get(chatId) ?? []) wake();
      },
    },
    take(chatId) {
      const out = buffers.get(chatId) ?? [];
      buffers.delete(chatId);
      return out;
    },
    wait(chatId, timeoutMs) {
      if ((buffers.get(chatId)?.length ?? 0) > 0) return Promise.resolve();
      return new Promise((resolve) => {
        const set = waiters.get(chatId) ?? new Set();
        waiters.set(chatId, set);
        const done = () => {
          clearTimeout(timer);
          set.delete(done);
          if (set.size === 0) waiters.delete(chatId);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        set.add(done);
      });
    },
    languageOf: (chatId) => languages.get(chatId),
  };
}
