// Sign-in to the officials' dashboard: a one-time code sent to the official's own chat (Telegram, WhatsApp,
// console or web chat, wherever they talk to the bot), or an API token. Only curators and admins get codes;
// everyone else gets the same answer, and every failed code gets the same message, so neither the request
// nor the check tells an outsider who is an official. The session itself (a signed cookie) is the web's.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Channel } from '../../prisma/generated/client.ts';
import { DomainError, invalid } from '../lib/errors.ts';
import type { SignInCodeRepository } from '../repositories/sign-in-code.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { normalizePhone } from './account.service.ts';
import { isOfficial, type Actor } from './actor.ts';
import type { AuthService } from './auth.service.ts';

export const CODE_TTL_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;
export const SESSION_HOURS = 12;
/** codes one official can be sent per code lifetime: enough for a lost message, too few to flood a chat */
export const MAX_CODES_PER_WINDOW = 3;

export interface DashboardAuthDeps {
  codes: SignInCodeRepository;
  users: UserRepository;
  auth: Pick<AuthService, 'authenticate'>;
  now: () => Date;
}

export interface DashboardSession {
  userId: string;
  expiresAt: Date;
}

export interface SessionOfficial {
  actor: Actor;
  displayName: string;
}

export type Identifier = { kind: 'identity'; channel: Channel; externalId: string } | { kind: 'user'; id: string };

const identifierSchema = z.string().trim().min(1).max(100);
const codeSchema = z.string().trim().regex(/^\d{6}$/);
const channels: Record<string, Channel> = { telegram: 'TELEGRAM', tg: 'TELEGRAM', whatsapp: 'WHATSAPP', wa: 'WHATSAPP', console: 'CONSOLE' };

/** "telegram:123", "whatsapp:0812…", "console:demo-kurator", or a bare user id. Null when malformed. */
export function parseIdentifier(raw: string): Identifier | null {
  const parsed = identifierSchema.safeParse(raw);
  if (!parsed.success) return null;
  const text = parsed.data;
  const colon = text.indexOf(':');
  if (colon < 0) return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? { kind: 'user', id: text } : null;
  const channel = channels[text.slice(0, colon).trim().toLowerCase()];
  const id = text.slice(colon + 1).trim();
  if (!channel || !id) return null;
  if (channel === 'WHATSAPP') {
    const phone = normalizePhone(id);
    return phone ? { kind: 'identity', channel, externalId: phone } : null;
  }
  return { kind: 'identity', channel, externalId: id };
}

const hashCode = (userId: string, code: string) => createHash('sha256').update(`dashboard:${userId}:${code}`).digest();
const badCode = () => new DomainError('unauthorized', 'sign-in code refused', 'dashboard:errors.badCode');
const badToken = () => new DomainError('unauthorized', 'token refused', 'dashboard:errors.badToken');

export function createDashboardAuthService(deps: DashboardAuthDeps) {
  /** the official behind an identifier, or null (unknown, or not a curator/admin) */
  async function officialOf(raw: string): Promise<Actor | null> {
    const id = parseIdentifier(raw);
    if (!id) return null;
    const userId = id.kind === 'user' ? id.id : (await deps.users.findIdentity(id.channel, id.externalId))?.userId;
    const actor = userId ? await deps.users.loadActor(userId) : null;
    return actor && isOfficial(actor) ? actor : null;
  }

  const sessionFor = (userId: string): DashboardSession => ({ userId, expiresAt: new Date(deps.now().getTime() + SESSION_HOURS * 3_600_000) });

  return {
    /**
     * Sends a code to the official's chat. Resolves the same way whether or not anyone was found (the page
     * always says "if you are an official, a code was sent"); only a malformed identifier is refused.
     */
    async requestCode(identifier: string): Promise<void> {
      if (!parseIdentifier(identifier)) throw invalid('malformed identifier', 'dashboard:errors.identifier');
      const official = await officialOf(identifier);
      if (!official) return;
      const now = deps.now();
      const windowStart = new Date(now.getTime() - CODE_TTL_MINUTES * 60_000);
      if ((await deps.codes.countIssuedSince(official.userId, windowStart)) >= MAX_CODES_PER_WINDOW) return;
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await deps.codes.issue({
        userId: official.userId,
        codeHash: hashCode(official.userId, code).toString('hex'),
        expiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
        note: { recipientId: official.userId, template: 'dashboard:notify.code', params: { oneTimeCode: code, minutes: CODE_TTL_MINUTES } },
      });
    },

    /** The newest code of the official, checked once: wrong, expired, used or out of attempts → one message. */
    async verifyCode(identifier: string, code: string): Promise<DashboardSession> {
      const typed = codeSchema.safeParse(code);
      const official = await officialOf(identifier);
      if (!official) throw badCode();
      const now = deps.now();
      const active = await deps.codes.latestActive(official.userId, now);
      // a malformed code still costs an attempt: every try counts against the cap
      if (!active || !(await deps.codes.countAttempt(active.id, MAX_CODE_ATTEMPTS, now))) throw badCode();
      if (!typed.success) throw badCode();
      const stored = Buffer.from(active.codeHash, 'hex');
      const given = hashCode(official.userId, typed.data);
      if (stored.length !== given.length || !timingSafeEqual(stored, given)) throw badCode();
      if (!(await deps.codes.consume(active.id, official.userId, now))) throw badCode();
      return sessionFor(official.userId);
    },

    /** An official's API token opens a session too (the token itself is never kept in the cookie). */
    async signInWithToken(token: string): Promise<DashboardSession> {
      let actor: Actor;
      try {
        actor = await deps.auth.authenticate(token.trim());
      } catch (error) {
        if (error instanceof DomainError && error.code === 'unauthorized') throw badToken();
        throw error;
      }
      if (!isOfficial(actor)) throw badToken();
      return sessionFor(actor.userId);
    },

    /** The acting official of a session, loaded fresh: a user no longer curator or admin has no session. */
    async sessionOfficial(userId: string): Promise<SessionOfficial | null> {
      const [actor, user] = await Promise.all([deps.users.loadActor(userId), deps.users.findById(userId)]);
      return actor && user && isOfficial(actor) ? { actor, displayName: user.displayName } : null;
    },
  };
}

export type DashboardAuthService = ReturnType<typeof createDashboardAuthService>;
