// What the web chat page sent (domain/chat/web-chat.ts), as an inbound event body: a typed text ("/claim
// CODE" becomes a command, like on Telegram), a tapped button, a deep link start, a location, a photo.
import { cleanShortText, cleanTypedText } from '../../../domain/chat/clean-text.ts';
import type { InboundBody, MediaFetcher } from '../../../domain/chat/message.ts';
import type { WebChatInput } from '../../../domain/chat/web-chat.ts';

export interface ParsedWebInput {
  body: InboundBody;
  /** the uploaded photo's bytes, for the engine's media step */
  fetchMedia?: MediaFetcher;
}

export function parseWebInput(input: WebChatInput): ParsedWebInput {
  if ('photo' in input) {
    const { data, mime, caption } = input.photo;
    const shortCaption = caption ? cleanShortText(caption, 1000) : '';
    return {
      body: { type: 'media', kind: 'photo', ref: 'upload', mime, bytes: data.length, ...(shortCaption ? { caption: shortCaption } : {}) },
      fetchMedia: async () => ({ data, mime }),
    };
  }
  return { body: toInboundBody(input) };
}

export function toInboundBody(input: Exclude<WebChatInput, { photo: unknown }>): InboundBody {
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
