// A person on WhatsApp, for journeys run the same way on both transports: say() types, choose() picks
// an option as that transport offers it (Cloud: taps the reply button or list row with that title, seen
// in the fake Graph API's recorded requests; WhatsApp Web: types the number of the numbered menu), photo()
// sends a real JPEG. Each returns everything the bot answered, as text.
import type { FakeWhatsAppClient } from '../whatsapp/fake-whatsapp-client.ts';
import { inboundPayload, type FakeGraphApi, type RecordedMessage } from '../../../fakes/fake-graph-api.ts';
import { jpeg } from '../../../domain/services/producer-fixtures.ts';

export interface WhatsAppDriver {
  say(text: string): Promise<string>;
  choose(label: string): Promise<string>;
  photo(): Promise<string>;
}

type Interactive = { type: string; body?: { text: string }; action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string; description?: string }[] }[] } };

function textOfRecorded(m: RecordedMessage): string {
  if (m.type === 'text') return (m.body.text as { body: string }).body;
  if (m.type === 'image') return (m.body.image as { caption?: string }).caption ?? '[image]';
  if (m.type === 'template') return `[template ${(m.body.template as { name: string }).name}]`;
  const i = m.body.interactive as Interactive;
  const options = [...(i.action.buttons ?? []).map((b) => `[${b.reply.title}]`), ...(i.action.sections ?? []).flatMap((s) => s.rows.map((r) => `[${r.title}]${r.description ? ` (${r.description})` : ''}`))];
  return `${i.body?.text ?? ''}\n${options.join(' ')}`;
}

/** the number of the option labelled `label` in the last numbered menu among these texts */
function numberOf(texts: string[], label: string): string | null {
  const wanted = label.toLowerCase();
  for (const text of [...texts].reverse()) {
    const line = text.split('\n').find((l) => /^\d+\. /.test(l) && l.toLowerCase().includes(wanted));
    if (line) return line.split('.')[0]!;
  }
  return null;
}

export function cloudDriver(graph: FakeGraphApi, post: (payload: unknown) => Promise<Response>, from: string): WhatsAppDriver {
  let seen = 0;
  let lastReplies: RecordedMessage[] = [];
  const turn = async (message: Record<string, unknown>) => {
    const response = await post(inboundPayload(from, message, 'Petrus'));
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    lastReplies = graph.messages.slice(seen).filter((m) => m.to === from);
    seen = graph.messages.length;
    return lastReplies.map(textOfRecorded).join('\n---\n');
  };
  return {
    say: (text) => turn({ type: 'text', text: { body: text } }),
    async choose(label) {
      const wanted = label.toLowerCase();
      for (const m of [...lastReplies].reverse()) {
        if (m.type !== 'interactive') continue;
        const i = m.body.interactive as Interactive;
        const button = i.action.buttons?.find((b) => b.reply.title.toLowerCase().includes(wanted));
        if (button) return turn({ type: 'interactive', interactive: { type: 'button_reply', button_reply: button.reply } });
        const row = i.action.sections?.flatMap((s) => s.rows).find((r) => `${r.title} ${r.description ?? ''}`.toLowerCase().includes(wanted));
        if (row) return turn({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: row.id, title: row.title } } });
      }
      const n = numberOf(lastReplies.map(textOfRecorded), label);
      if (n) return turn({ type: 'text', text: { body: n } });
      throw new Error(`no option "${label}" in the last replies: ${lastReplies.map(textOfRecorded).join(' | ')}`);
    },
    async photo() {
      const id = `IMG${graph.media.size + 1}`;
      graph.media.set(id, { data: await jpeg(800, 600), mime: 'image/jpeg' });
      return turn({ type: 'image', image: { id, mime_type: 'image/jpeg', sha256: 'x' } });
    },
  };
}

export function webDriver(client: FakeWhatsAppClient, from: string): WhatsAppDriver {
  let n = 0;
  let lastTexts: string[] = [];
  const chatId = `${from}@c.us`;
  const emit = async (message: Record<string, unknown>) => {
    const before = client.sent.length;
    client.emit('message', { id: { _serialized: `false_${chatId}_W${++n}` }, from: chatId, fromMe: false, isStatus: false, _data: { notifyName: 'Petrus' }, ...message });
    const end = Date.now() + 10_000;
    while (client.sent.length === before && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    // the rest of this turn's messages follow within a moment (the sender is not paced in tests)
    let count = -1;
    while (count !== client.sent.length) {
      count = client.sent.length;
      await new Promise((r) => setTimeout(r, 40));
    }
    lastTexts = client.sent.slice(before).map((s) => (typeof s.content === 'string' ? s.content : (s.options?.caption ?? '[image]')));
    return lastTexts.join('\n---\n');
  };
  return {
    say: (text) => emit({ body: text, type: 'chat', hasMedia: false }),
    async choose(label) {
      const number = numberOf(lastTexts, label);
      if (!number) throw new Error(`no option "${label}" in the last replies: ${lastTexts.join(' | ')}`);
      return emit({ body: number, type: 'chat', hasMedia: false });
    },
    async photo() {
      const id = `false_${chatId}_W${++n}`;
      client.storedMedia.set(id, { mimetype: 'image/jpeg', data: (await jpeg(800, 600)).toString('base64') });
      const before = client.sent.length;
      client.emit('message', { id: { _serialized: id }, from: chatId, fromMe: false, isStatus: false, body: '', type: 'image', hasMedia: true, _data: { mimetype: 'image/jpeg' } });
      const end = Date.now() + 10_000;
      while (client.sent.length === before && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 40));
      lastTexts = client.sent.slice(before).map((s) => (typeof s.content === 'string' ? s.content : '[image]'));
      return lastTexts.join('\n---\n');
    },
  };
}
