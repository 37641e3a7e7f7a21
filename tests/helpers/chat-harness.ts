// Drives the real engine, services and database through a recording fake channel: say() sends a text as
// a user and returns what the bot answered; tap() presses a button of the last menu by its label text.
import { silentLogger } from '../../domain/lib/logger.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { createServices, type ServiceSettings } from '../../domain/services/services.ts';
import { createEngine } from '../../bot/core/engine.ts';
import type { ChannelName, InboundBody, InboundEventInput, MediaFetcher, OutMessage } from '../../domain/chat/message.ts';
import type { FlowModule } from '../../bot/core/registry.ts';
import { createRegistry } from '../../bot/flows/index.ts';
import { createTestDatabase } from './test-database.ts';
import type { PaymentGateway } from '../../domain/payments/payment-gateway.ts';
import type { ShippingRateProvider } from '../../domain/services/shipping.service.ts';

export interface HarnessOptions {
  features?: FlowModule[];
  settings?: Partial<ServiceSettings>;
  now?: () => Date;
  paymentGateway?: PaymentGateway;
  shippingRateProvider?: ShippingRateProvider;
}

/** Flattens replies to the text a person reads (menus with their labels). */
export function textOf(messages: OutMessage[]): string {
  return messages
    .map((m) => {
      if (m.type === 'text') return m.text;
      if (m.type === 'choices') return `${m.text}\n${m.options.map((o) => `[${o.label}]`).join(' ')}`;
      if (m.type === 'photo') return `${m.caption ?? ''}\n${(m.options ?? []).map((o) => `[${o.label}]`).join(' ')}`;
      if (m.type === 'document') return `${m.caption ?? ''}\n[📄 ${m.filename}]`;
      return m.text;
    })
    .join('\n---\n');
}

export async function createChatHarness(options: HarnessOptions = {}) {
  const db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  const dataDir = await mkdtemp(path.join(tmpdir(), 'etalase-test-'));
  const services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 }), settings: options.settings, now: options.now, paymentGateway: options.paymentGateway, shippingRateProvider: options.shippingRateProvider });
  const registry = createRegistry(options.features);
  const engine = createEngine({ services, conversations: services.repos.conversations, registry, logger: silentLogger, owner: 'test' });
  const outbox: { channel: ChannelName; chatId: string; messages: OutMessage[] }[] = [];
  for (const channel of ['CONSOLE', 'TELEGRAM', 'WHATSAPP', 'WEB'] as const) {
    engine.registerSender({ channel, send: async (chatId, messages) => void outbox.push({ channel, chatId, messages }) });
  }
  let seq = 0;
  const lastMenu = new Map<string, { token?: string; options: { label: string; value?: string }[] }>();

  async function send(user: string, event: InboundBody & { channel?: ChannelName }, fetchMedia?: MediaFetcher): Promise<OutMessage[]> {
    const channel = event.channel ?? 'CONSOLE';
    const before = outbox.length;
    await engine.handle({ ...event, channel, chatId: user, senderId: user, messageId: `m${++seq}` } as InboundEventInput, fetchMedia);
    const replies = outbox.slice(before).filter((o) => o.chatId === user).flatMap((o) => o.messages);
    const menu = [...replies].reverse().find((m) => m.type === 'choices' || (m.type === 'photo' && m.options));
    if (menu && (menu.type === 'choices' || menu.type === 'photo')) lastMenu.set(user, { token: menu.menuToken, options: menu.options ?? [] });
    return replies;
  }

  return {
    db,
    dataDir,
    services,
    engine,
    outbox,
    send,
    say: (user: string, text: string, channel?: ChannelName) => send(user, { type: 'text', text, channel }),
    /** taps the button of the user's last menu whose label contains `label` (case-insensitive) */
    async tap(user: string, label: string, channel?: ChannelName) {
      const menu = lastMenu.get(user);
      const option = menu?.options.find((o) => o.value && o.label.toLowerCase().includes(label.toLowerCase()));
      if (!menu || !option) throw new Error(`no option "${label}" in the last menu of ${user}: ${JSON.stringify(menu?.options.map((o) => o.label))}`);
      return send(user, { type: 'choice', value: option.value!, menuToken: option.value!.startsWith('!') ? undefined : menu.token, channel });
    },
    lastMenu: (user: string) => lastMenu.get(user),
    close: () => db.close(),
  };
}

export type ChatHarness = Awaited<ReturnType<typeof createChatHarness>>;
