// How a conversation is written: a flow is a set of named steps; each step asks (prompt) and handles the
// answer (handle). Flows only see abstract input and send abstract messages through the context, so the
// same flow runs on Telegram, WhatsApp, the console and the web chat.
import type { TFunction } from 'i18next';
import type { Lang } from '../../domain/lib/i18n.ts';
import type { Actor } from '../../domain/services/actor.ts';
import type { Services } from '../../domain/services/services.ts';
import type { ChannelName, InboundEvent, Option, OutMessage } from '../../domain/chat/message.ts';
import type { Normalised } from '../../domain/understanding/normalise.ts';

/** The user's answer, with choices already resolved from buttons, numbers or option words. */
export type StepInput =
  /**
   * text: as typed (trimmed), for what is stored verbatim (names, descriptions); normal: the same text in
   * standard words, read once when the message came in (slang, honorifics, elongation), for every reader
   */
  | { kind: 'text'; text: string; normal: Normalised }
  | { kind: 'choice'; value: string }
  | { kind: 'media'; mediaKind: 'photo' | 'document'; mime?: string; bytes?: number; caption?: string; fetch: () => Promise<{ data: Buffer; mime: string }> }
  | { kind: 'contact'; phone: string; name?: string }
  | { kind: 'location'; latitude: number; longitude: number }
  | { kind: 'unsupported'; what: string };

export type StepResult =
  /** go to another step of this flow (its prompt is shown) */
  | { goto: string }
  /** start another flow, at its start step or a named one, with initial data */
  | { flow: string; step?: string; data?: Record<string, unknown> }
  /** stay on this step; the step has already replied (an error or a hint), the prompt is not repeated */
  | { stay: true }
  /** stay and show this step's prompt again */
  | { repeat: true }
  /** the flow is over: back to the main menu (optionally silently) */
  | { end: true; quiet?: boolean };

export interface FlowContext {
  readonly channel: ChannelName;
  readonly event: InboundEvent;
  readonly lang: Lang;
  readonly t: TFunction;
  readonly actor: Actor;
  readonly services: Services;
  /** this flow's data, persisted with the session */
  readonly data: Record<string, unknown>;
  /** whole-session values that survive flow changes (e.g. the display point a QR scan came from) */
  readonly sticky: Record<string, unknown>;
  reply(...messages: OutMessage[]): void;
  /** a question with buttons / a numbered menu; remembered so "2" or a tap maps back */
  choose(text: string, options: Option[], extra?: { columns?: number; photo?: { mediaId?: string; path?: string } }): void;
  /** ask for a photo, the phone number or a location */
  request(kind: 'photo' | 'contact' | 'location', text: string, buttonLabel?: string): void;
  /** change the user's language for this and every later message */
  setLanguage(lang: Lang): Promise<void>;
  /**
   * reload the actor after a role change (onboarding, invitation claim); with `known`, what the step itself
   * just changed is applied without reading the user again (one statement less on the chat's path)
   */
  refreshActor(known?: Partial<Omit<Actor, 'kind' | 'userId'>>): Promise<void>;
}

export interface Step {
  /** shows the question; may instead redirect (e.g. an empty cart goes back to the menu) */
  prompt(ctx: FlowContext): Promise<StepResult | void> | StepResult | void;
  /** absent: the step only shows something and its options are global actions */
  handle?(ctx: FlowContext, input: StepInput): Promise<StepResult> | StepResult;
  /** i18n key of a short help for this step; the engine's generic help otherwise */
  help?: string;
  /** the longest text this step takes; the engine names it when refusing an over-long message */
  maxText?: number;
}

export interface Flow {
  id: string;
  start: string;
  steps: Record<string, Step>;
  /** who may enter; the engine answers "not for you" otherwise */
  allowed?: (actor: Actor) => boolean;
  /**
   * A form: its answers are kept when the user wanders off (a search typed at one of its choices comes back
   * to the step), and text typed at its steps (all, or those the function names) is never taken for a search.
   */
  form?: true | ((step: string) => boolean);
  /** "batal" in this flow: keep what should be kept before the engine goes to the menu */
  onCancel?: (ctx: FlowContext) => Promise<void> | void;
}

/**
 * Actions reachable from any state through option values "!name:arg" — buttons on notifications
 * ("Accept order", "Review"), cards ("Add to cart") and links. Each returns what happens next.
 */
export type ActionHandler = (ctx: FlowContext, arg: string) => Promise<StepResult> | StepResult;

/** Deep links: "/start <param>" (or "start <param>" on WhatsApp) → what happens next. */
export type DeepLinkHandler = (ctx: FlowContext, param: string) => Promise<StepResult | null> | StepResult | null;

export interface FlowRegistry {
  flows: Map<string, Flow>;
  actions: Map<string, ActionHandler>;
  deepLinks: DeepLinkHandler[];
  /** the flow a user lands in after "menu", "cancel" or the end of a flow */
  menuFlow: string;
  /** the flow new users start with */
  onboardingFlow: string;
  /** reads text no step took (registry.ts): a command, an intent, a search; null = not understood */
  freeText?: (ctx: FlowContext, input: Extract<StepInput, { kind: 'text' }>, at: TextPlace) => Promise<StepResult | null>;
  /** a photo or file no step took (a payment proof sent without tapping "Kirim bukti bayar") */
  freeMedia?: (ctx: FlowContext, input: Extract<StepInput, { kind: 'media' }>) => Promise<StepResult | null>;
}

/** Where free text was typed: the step, and whether it is the main menu or a form. */
export interface TextPlace {
  flow: string;
  step: string;
  atMenu: boolean;
  inForm: boolean;
}

export function action(name: string, arg: string | number = ''): string {
  return `!${name}:${arg}`;
}
