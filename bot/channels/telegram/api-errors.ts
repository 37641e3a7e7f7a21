// The Bot API failures the field sees, by what they mean for us (issue 19): a chat that blocked the bot
// (never retried; the outbox marks the chat unreachable), an edit that changed nothing (harmless), a button
// answered after it expired (harmless: the tap itself is still handled once), and another process polling
// the same token (409, handled by the adapter's polling supervisor).
import { GrammyError, type Transformer } from 'grammy';
import { RecipientUnreachableError } from '../../core/unreachable.ts';

export type TelegramFailure = 'unreachable' | 'not_modified' | 'query_expired' | 'conflict';

export function classifyTelegramFailure(code: number, description: string): TelegramFailure | null {
  // "Forbidden: bot was blocked by the user", "user is deactivated", "bot can't initiate conversation ..."
  if (code === 403) return 'unreachable';
  if (code === 409) return 'conflict';
  if (code === 400 && /message is not modified/i.test(description)) return 'not_modified';
  if (code === 400 && /query is too old|query id is invalid/i.test(description)) return 'query_expired';
  return null;
}

export function classifyTelegramError(error: unknown): TelegramFailure | null {
  return error instanceof GrammyError ? classifyTelegramFailure(error.error_code, error.description) : null;
}

/**
 * On the Api: an edit that changed nothing counts as done, and a chat that cannot be reached any more throws
 * RecipientUnreachableError, which the engine and the outbox understand on every channel.
 */
export const telegramFailureTransformer: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  if (response.ok) return response;
  const kind = classifyTelegramFailure(response.error_code, response.description);
  // Telegram answers an edit's result as the message or `true`; nobody reads it when nothing changed
  if (kind === 'not_modified') return { ok: true, result: true } as unknown as typeof response;
  if (kind === 'unreachable') throw new RecipientUnreachableError('TELEGRAM', response.description);
  return response;
};
