// Builds the FlowContext a step sees for one inbound event; collects its replies and the menu it shows.
import { randomBytes } from 'node:crypto';
import { translator, type Lang } from '../../domain/lib/i18n.ts';
import type { SessionRecord } from '../../domain/repositories/conversation.repository.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { Services } from '../../domain/services/services.ts';
import type { FlowContext } from './flow.ts';
import type { InboundEvent, Option, OutMessage } from '../../domain/chat/message.ts';

export interface ContextState {
  ctx: FlowContext;
  replies: OutMessage[];
}

export const newMenuToken = () => randomBytes(4).toString('base64url');

export function buildContext(args: {
  event: InboundEvent;
  session: SessionRecord;
  actor: Actor;
  services: Services;
  setLanguage(lang: Lang): Promise<void>;
  loadActor(): Promise<Actor>;
}): ContextState {
  const { session } = args;
  const replies: OutMessage[] = [];
  let actor = args.actor;
  let lang = session.language as Lang;
  let t = translator(lang);
  const flowData = ((session.data.flow as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  session.data.flow = flowData;
  const sticky = ((session.data.sticky as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  session.data.sticky = sticky;

  const remember = (options: Option[]): string => {
    const token = newMenuToken();
    session.menu = { token, items: options.filter((o) => o.value !== undefined).map((o) => ({ label: o.label, value: o.value! })) };
    return token;
  };

  const ctx: FlowContext = {
    channel: args.event.channel,
    event: args.event,
    get lang() {
      return lang;
    },
    get t() {
      return t;
    },
    get actor() {
      return actor;
    },
    services: args.services,
    get data() {
      return session.data.flow as Record<string, unknown>;
    },
    sticky,
    reply: (...messages) => {
      replies.push(...messages);
    },
    choose: (text, options, extra) => {
      const menuToken = remember(options);
      if (extra?.photo) replies.push({ type: 'photo', media: extra.photo, caption: text, options, menuToken });
      else replies.push({ type: 'choices', text, options, menuToken, ...(extra?.columns ? { columns: extra.columns } : {}) });
    },
    request: (kind, text, buttonLabel) => {
      replies.push({ type: 'request', request: kind, text, ...(buttonLabel ? { buttonLabel } : {}) });
    },
    setLanguage: async (next) => {
      await args.setLanguage(next);
      lang = next;
      t = translator(next);
      session.language = next;
      actor = { ...actor, language: next };
    },
    refreshActor: async (known) => {
      actor = known ? { ...actor, ...known } : await args.loadActor();
    },
  };
  return { ctx, replies };
}
