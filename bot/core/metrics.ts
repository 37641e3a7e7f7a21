// What the engine reports to the metrics registry (/metrics); a no-op by default.
import type { ChannelName } from '../../domain/chat/message.ts';

export interface EngineMetrics {
  messageIn(channel: ChannelName): void;
  messagesOut(channel: ChannelName, count: number): void;
  handled(channel: ChannelName, ms: number): void;
  duplicate(channel: ChannelName): void;
}

export const noMetrics: EngineMetrics = {
  messageIn: () => {},
  messagesOut: () => {},
  handled: () => {},
  duplicate: () => {},
};
