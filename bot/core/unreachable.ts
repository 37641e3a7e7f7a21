// A chat the platform will not deliver to any more (the user blocked the bot, deleted the account): thrown
// by a channel's sender, so the engine marks that chat unreachable and the outbox stops retrying it.
// Cleared when the user writes again from that chat.
import type { ChannelName } from '../../domain/chat/message.ts';

export class RecipientUnreachableError extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${channel} chat unreachable: ${reason}`, options);
    this.name = 'RecipientUnreachableError';
  }
}
