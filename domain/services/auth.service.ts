// API tokens for officials, admins and third parties: created by an admin (or the admin CLI), shown once,
// stored hashed, revocable. A request's token becomes the acting user of every service call.
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, notFound } from '../lib/errors.ts';
import type { ApiTokenRepository } from '../repositories/api-token.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { requireAdmin, type Actor, type AnyActor } from './actor.ts';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface AuthDeps {
  tokens: ApiTokenRepository;
  users: UserRepository;
  now?: () => Date;
}

export function createAuthService(deps: AuthDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Returns the secret once; only its hash is kept. */
    async createApiToken(actor: AnyActor, input: { userId: string; name: string }) {
      requireAdmin(actor);
      const user = await deps.users.findById(input.userId);
      if (!user) throw notFound('user', 'common:errors.notFound');
      const prefix = randomBytes(4).toString('hex');
      const secret = `etl_${prefix}_${randomBytes(24).toString('base64url')}`;
      const row = await deps.tokens.create({ userId: user.id, name: input.name, prefix, tokenHash: hashSecret(secret) });
      return { id: row.id, prefix, token: secret, userId: user.id };
    },

    async revokeApiToken(actor: AnyActor, idOrPrefix: string) {
      requireAdmin(actor);
      const { count } = await deps.tokens.revoke(idOrPrefix, now());
      if (count === 0) throw notFound('token', 'common:errors.notFound');
      return { revoked: count };
    },

    listApiTokens: async (actor: AnyActor) => {
      requireAdmin(actor);
      return (await deps.tokens.list()).map((t) => ({ id: t.id, prefix: t.prefix, name: t.name, user: t.user.displayName, role: t.user.role, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt }));
    },

    /** The actor behind a bearer token, or a 401. */
    async authenticate(token: string | undefined): Promise<Actor> {
      if (!token || !/^etl_[0-9a-f]{8}_[A-Za-z0-9_-]{20,64}$/.test(token)) throw new DomainError('unauthorized', 'missing or malformed API token', 'common:errors.unauthorized');
      const row = await deps.tokens.findActiveByHash(hashSecret(token));
      if (!row) throw new DomainError('unauthorized', 'unknown or revoked API token', 'common:errors.unauthorized');
      const actor = await deps.users.loadActor(row.userId);
      if (!actor) throw new DomainError('unauthorized', 'token owner no longer exists', 'common:errors.unauthorized');
      const at = now();
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > 60_000) await deps.tokens.touch(row.id, at);
      return actor;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
