// The Cloud API webhook payload → our InboundEvents and the delivery statuses of what we sent. Written by
// hand: whatsapp-api-js's post() hands over only the first message of the first change, and Meta batches
// several messages and statuses into one POST. Pure; the webhook checked the signature before this runs.
// Chat ids take the form WhatsApp Web gives them ("628...@c.us"), so a number moved from WhatsApp Web to
// the Cloud API keeps its users, their conversations and their outbox routes.
import { z } from 'zod';
import type { InboundEventInput } from '../../../domain/chat/message.ts';
import { parseCommand } from '../whatsapp/parse.ts';
import { decodeChoiceId } from './render.ts';

const media = z.object({ id: z.string().min(1), mime_type: z.string().optional(), caption: z.string().optional(), filename: z.string().optional(), voice: z.boolean().optional() });

const messageSchema = z.object({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.string().optional(),
  type: z.string().min(1),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
    })
    .optional(),
  button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
  image: media.optional(),
  document: media.optional(),
  audio: media.optional(),
  location: z.object({ latitude: z.coerce.number(), longitude: z.coerce.number() }).optional(),
  contacts: z
    .array(z.object({ name: z.object({ formatted_name: z.string().optional(), first_name: z.string().optional() }).optional(), phones: z.array(z.object({ phone: z.string().optional(), wa_id: z.string().optional() })).optional() }))
    .optional(),
});

const statusSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: z.string().optional(),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number() })).optional(),
});

export const webhookPayloadSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({
            metadata: z.object({ phone_number_id: z.string() }).optional(),
            contacts: z.array(z.object({ wa_id: z.string().optional(), profile: z.object({ name: z.string().optional() }).optional() })).optional(),
            messages: z.array(z.unknown()).optional(),
            statuses: z.array(z.unknown()).optional(),
          }),
        }),
      ),
    }),
  ),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
type CloudMessage = z.infer<typeof messageSchema>;

export interface DeliveryStatus {
  wamid: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  errorCode?: number;
}

/** Reactions and system notices (number changed ...) are not someone talking to the bot. */
const SILENT = new Set(['reaction', 'system', 'ephemeral', 'request_welcome']);
const UNSUPPORTED: Record<string, 'sticker' | 'video'> = { sticker: 'sticker', video: 'video' };

function toEvent(m: CloudMessage, names: Map<string, string>): InboundEventInput | null {
  if (SILENT.has(m.type)) return null;
  const name = names.get(m.from)?.trim();
  const base = { channel: 'WHATSAPP' as const, chatId: `${m.from}@c.us`, senderId: m.from, messageId: m.id, ...(name ? { profile: { name: name.slice(0, 200) } } : {}) };
  switch (m.type) {
    case 'text': {
      const body = m.text?.body ?? '';
      const command = parseCommand(body);
      if (command && command.args.length <= 512) return { ...base, type: 'command', ...command };
      return { ...base, type: 'text', text: body };
    }
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      if (!reply) return { ...base, type: 'unsupported', kind: 'other' };
      const { value, menuToken } = decodeChoiceId(reply.id);
      return { ...base, type: 'choice', value: value.slice(0, 128), ...(menuToken ? { menuToken } : {}) };
    }
    case 'button':
      // a quick-reply button under a template: its words, as if typed
      return { ...base, type: 'text', text: m.button?.text ?? m.button?.payload ?? '' };
    case 'image':
    case 'document': {
      const file = m.type === 'image' ? m.image : m.document;
      if (!file) return { ...base, type: 'unsupported', kind: 'other' };
      return {
        ...base,
        type: 'media',
        kind: m.type === 'image' ? 'photo' : 'document',
        // the media id: the fetcher asks the Graph API for its URL, then downloads it with the token
        ref: file.id,
        ...(file.mime_type ? { mime: file.mime_type.split(';')[0]!.trim() } : {}),
        ...(file.caption?.trim() ? { caption: file.caption } : {}),
      };
    }
    case 'location': {
      const loc = m.location;
      if (!loc || Math.abs(loc.latitude) > 90 || Math.abs(loc.longitude) > 180) return { ...base, type: 'unsupported', kind: 'other' };
      return { ...base, type: 'location', latitude: loc.latitude, longitude: loc.longitude };
    }
    case 'contacts': {
      const card = m.contacts?.[0];
      const phone = (card?.phones?.[0]?.wa_id ?? card?.phones?.[0]?.phone ?? '').replace(/[^\d+]/g, '');
      if (phone.length < 3 || phone.length > 32) return { ...base, type: 'unsupported', kind: 'other' };
      const contactName = card?.name?.formatted_name ?? card?.name?.first_name;
      return { ...base, type: 'contact', phone, ...(contactName ? { name: contactName.slice(0, 200) } : {}) };
    }
    case 'audio':
      return { ...base, type: 'unsupported', kind: m.audio?.voice ? 'voice' : 'audio' };
    default:
      return { ...base, type: 'unsupported', kind: UNSUPPORTED[m.type] ?? 'other' };
  }
}

const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

/** Every message and status of one webhook POST, in the order Meta listed them; unreadable items skipped. */
export function parseWebhook(payload: WebhookPayload): { events: InboundEventInput[]; statuses: DeliveryStatus[]; skipped: number } {
  const events: InboundEventInput[] = [];
  const statuses: DeliveryStatus[] = [];
  let skipped = 0;
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const names = new Map((change.value.contacts ?? []).filter((c) => c.wa_id && c.profile?.name).map((c) => [c.wa_id!, c.profile!.name!]));
      for (const raw of change.value.messages ?? []) {
        const m = messageSchema.safeParse(raw);
        const event = m.success ? toEvent(m.data, names) : null;
        if (event) events.push(event);
        else if (!m.success) skipped++;
      }
      for (const raw of change.value.statuses ?? []) {
        const s = statusSchema.safeParse(raw);
        if (!s.success || !STATUSES.has(s.data.status)) {
          skipped++;
          continue;
        }
        const seconds = Number(s.data.timestamp);
        const code = s.data.errors?.[0]?.code;
        statuses.push({ wamid: s.data.id, status: s.data.status as DeliveryStatus['status'], at: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date(), ...(code !== undefined ? { errorCode: code } : {}) });
      }
    }
  }
  return { events, statuses, skipped };
}
