// The real engine, flows, services and database, with a recording fake channel in place of Telegram or
// WhatsApp: what the scenarios drive in-process. The recorder keeps only each chat's latest answer, so
// 500 buyers' conversations do not pile up in memory and skew the memory-hungry runs.
import type { Database } from '../../domain/db/database.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import type { MediaStore } from '../../domain/media/media-store.ts';
import { createServices, type Services } from '../../domain/services/services.ts';
import { createEngine, type Engine } from '../../bot/core/engine.ts';
import type { ChannelName, ChannelSender, OutMessage } from '../../domain/chat/message.ts';
import { createRegistry } from '../../bot/flows/index.ts';

export interface Recorder extends ChannelSender {
  /** the messages sent to a chat since the last take, cleared */
  take(chatId: string): OutMessage[];
  sent(): number;
}

export function createRecorder(channel: ChannelName): Recorder {
  const pending = new Map<string, OutMessage[]>();
  let count = 0;
  return {
    channel,
    async send(chatId, messages) {
      count += messages.length;
      const list = pending.get(chatId);
      if (list) list.push(...messages);
      else pending.set(chatId, [...messages]);
    },
    take(chatId) {
      const list = pending.get(chatId) ?? [];
      pending.delete(chatId);
      return list;
    },
    sent: () => count,
  };
}

export interface ChatRig {
  db: Database;
  services: Services;
  engine: Engine;
  recorder: Recorder;
}

export function createChatRig(db: Database, mediaStore: MediaStore, channel: ChannelName = 'CONSOLE'): ChatRig {
  const services = createServices({ prisma: db.prisma, mediaStore });
  const engine = createEngine({ services, conversations: services.repos.conversations, registry: createRegistry(), logger: silentLogger, owner: 'bench' });
  const recorder = createRecorder(channel);
  engine.registerSender(recorder);
  return { db, services, engine, recorder };
}
