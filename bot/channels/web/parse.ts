// What the web chat page may send, as an inbound event body: a typed text ("/claim CODE" becomes a
// command, like on Telegram), a tapped button, a deep link start, a location. Photos come as multipart
// uploads and are handled by the route.
import { z } from 'zod';
import { cleanShortText, cleanTypedText } from '../../../domain/chat/clean-text.ts';
import type { InboundBody } from '../../../domain/chat/message.ts';

export const webSendSchema = z.union([
  // no length limit here (the body limit caps it): a long text is cut by cleanTypedText and answered "too long"
  z.object({ text: z.string().min(1) }).strict(),
  z.object({ choice: z.object({ value: z.string().min(1).max(128), menuToken: z.string().max(32).optional() }).strict() }).strict(),
  /** "/chat?start=p_KBJ01" → the deep link; an empty start opens the conversation (greeting or menu) */
  z.object({ start: z.string().regex(/^[A-Za-z0-9_-]{0,64}$/) }).strict(),
  z.object({ location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict() }).strict(),
]);

export type WebSend = z.infer<typeof webSendSchema>;

export function toInboundBody(input: WebSend): InboundBody {
  if ('choice' in input) {
    const menuToken = input.choice.menuToken ? cleanShortText(input.choice.menuToken, 32) : '';
    return { type: 'choice', value: cleanShortText(input.choice.value, 128), ...(menuToken ? { menuToken } : {}) };
  }
  if ('start' in input) return { type: 'command', command: 'start', args: input.start };
  if ('location' in input) return { type: 'location', latitude: input.location.latitude, longitude: input.location.longitude };
  // control characters, lone surrogates and absurd lengths never reach the engine (see clean-text.ts)
  const text = cleanTypedText(input.text);
  if (text === null) return input.text.trim() ? { type: 'unsupported', kind: 'other' } : { type: 'text', text: input.text };
  const command = /^\/([a-zA-Z_]{1,64})(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (command) return { type: 'command', command: command[1]!.toLowerCase(), args: cleanShortText((command[2] ?? '').trim(), 512) };
  return { type: 'text', text };
}
