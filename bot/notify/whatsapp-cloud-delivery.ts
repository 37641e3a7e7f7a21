// Outbox delivery over the WhatsApp Cloud API. Per recipient it picks a free-form message (the usual
// rendering, with buttons) inside the 24-hour window after their last message, and the approved template
// of the notification's kind outside it. It keeps the pair rate limit (one notification per ~6 s to the
// same person, else Meta answers 131056; pair-turns.ts) by postponing rows without spending attempts, records permanent
// refusals once, and while the access token is invalid sends nothing but one probe every few minutes.
import type { Lang } from '../../domain/lib/i18n.ts';
import { isLang } from '../../domain/lib/i18n.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import type { NotificationRow } from '../../domain/repositories/notification.repository.ts';
import type { WhatsAppCloudRepository } from '../../domain/repositories/whatsapp-cloud.repository.ts';
import type { WhatsAppCloudChannel } from '../channels/whatsapp-cloud/adapter.ts';
import { GraphApiError } from '../channels/whatsapp-cloud/errors.ts';
import { sentMessages } from '../channels/whatsapp-cloud/sender.ts';
import { buildTemplate, templateFor, type TemplateConfig } from '../channels/whatsapp-cloud/templates.ts';
import type { ChannelName, OutMessage } from '../../domain/chat/message.ts';
import type { DeliveryStrategy, StrategyOutcome } from './delivery-strategy.ts';
import { createMemoryPairTurns, type PairTurns } from './pair-turns.ts';
import { renderNotification } from './render-notification.ts';

export const WINDOW_MS = 24 * 3_600_000;

export interface CloudDeliveryOptions {
  channel: Pick<WhatsAppCloudChannel, 'sendMessage' | 'tokenValid'>;
  engine: { deliver(userId: string, build: (lang: Lang) => OutMessage[]): Promise<{ delivered: boolean }>; hasSender(channel: ChannelName): boolean };
  identitiesOf(userId: string): Promise<{ channel: ChannelName; chatId: string; lastSeenAt: Date }[]>;
  languageOf(userId: string): Promise<string | null>;
  repo: Pick<WhatsAppCloudRepository, 'markSent' | 'postpone' | 'fail'>;
  templates: TemplateConfig[];
  owner: string;
  logger: Logger;
  pairIntervalMs: number;
  /** the pair limit's turns; default in memory (one process), createSharedPairTurns with several */
  pairTurns?: PairTurns;
  /** the window is taken this much shorter, for clocks and the minutes a send can take */
  windowMarginMs?: number;
  /** with the token invalid: one probe send per this interval, other rows wait this long */
  tokenProbeMs?: number;
  now?: () => Date;
}

const secret = (row: NotificationRow) => Boolean(row.params && typeof row.params === 'object' && 'oneTimeCode' in (row.params as object));

function plainText(messages: OutMessage[]): string {
  return messages.map((m) => (m.type === 'photo' || m.type === 'document' ? (m.caption ?? '') : m.text)).join(' ');
}

export function createWhatsAppCloudDelivery(o: CloudDeliveryOptions): DeliveryStrategy {
  const now = o.now ?? (() => new Date());
  const margin = o.windowMarginMs ?? 10 * 60_000;
  const probeEvery = o.tokenProbeMs ?? 5 * 60_000;
  const pairs = o.pairTurns ?? createMemoryPairTurns(o.pairIntervalMs, () => now().getTime());
  let lastProbe = 0;

  async function sendTemplate(row: NotificationRow, chatId: string, lang: Lang): Promise<StrategyOutcome> {
    const template = templateFor(o.templates, row.template);
    if (!template) {
      await o.repo.fail(row.id, o.owner, `no WhatsApp template configured for ${row.template}`, null);
      return 'failed';
    }
    const message = buildTemplate(template, row, lang, plainText(renderNotification(row, lang)));
    const wamid = await o.channel.sendMessage(chatId, message);
    await o.repo.markSent(row.id, o.owner, wamid, template.name, now(), secret(row));
    return 'sent';
  }

  async function sendFreeForm(row: NotificationRow): Promise<StrategyOutcome> {
    const collector = { wamids: [] as string[] };
    const result = await sentMessages.run(collector, () => o.engine.deliver(row.recipientId, (lang) => renderNotification(row, lang)));
    if (!result.delivered || collector.wamids.length === 0) throw new Error('no channel reaches the recipient now');
    await o.repo.markSent(row.id, o.owner, collector.wamids.at(-1)!, null, now(), secret(row));
    return 'sent';
  }

  return {
    async deliver(row) {
      const identity = (await o.identitiesOf(row.recipientId)).find((i) => o.engine.hasSender(i.channel));
      if (!identity || identity.channel !== 'WHATSAPP') return null;
      const t = now().getTime();
      if (!o.channel.tokenValid()) {
        if (t - lastProbe < probeEvery) {
          await o.repo.postpone(row.id, o.owner, new Date(t + probeEvery), 'WhatsApp access token invalid (190): waiting for a new token');
          return 'postponed';
        }
        lastProbe = t;
      }
      const turn = await pairs.take(identity.chatId);
      if ('postponeUntil' in turn) {
        await o.repo.postpone(row.id, o.owner, new Date(turn.postponeUntil));
        return 'postponed';
      }
      try {
        return await deliverNow(row, identity, t);
      } finally {
        await pairs.end(identity.chatId);
      }
    },
  };

  async function deliverNow(row: NotificationRow, identity: { chatId: string; lastSeenAt: Date }, t: number): Promise<StrategyOutcome> {
    const stored = await o.languageOf(row.recipientId);
    const lang: Lang = stored && isLang(stored) ? stored : 'id';
    const inWindow = identity.lastSeenAt.getTime() + WINDOW_MS - margin > t;
    try {
      if (inWindow) {
        try {
          return await sendFreeForm(row);
        } catch (error) {
          // Meta counts the window differently than we thought: the template still reaches them
          if (!(error instanceof GraphApiError && error.kind === 'outside_window')) throw error;
        }
      }
      return await sendTemplate(row, identity.chatId, lang);
    } catch (error) {
      if (!(error instanceof GraphApiError)) throw error;
      switch (error.kind) {
        case 'token':
          await o.repo.postpone(row.id, o.owner, new Date(t + probeEvery), `${error.code}: ${error.message}`);
          return 'postponed';
        case 'pair_limit': {
          // Meta saw more than we sent (another process on the number?): this person waits two intervals
          pairs.penalize(identity.chatId, 2 * o.pairIntervalMs);
          await o.repo.postpone(row.id, o.owner, new Date(Date.now() + 2 * o.pairIntervalMs));
          return 'postponed';
        }
        case 'throttled':
        case 'transient':
          throw error;
        default:
          // 131026 not on WhatsApp, 131047 even for a template, a bad parameter ...: once, never again
          await o.repo.fail(row.id, o.owner, error.message, error.code);
          o.logger.warn({ notificationId: row.id, code: error.code }, 'whatsapp cloud: notification refused for good');
          return 'failed';
      }
    }
  }
}
