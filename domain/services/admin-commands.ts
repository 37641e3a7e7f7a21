// The admin command line's operations, run by the CLI in-process or by the running server for it.
// Each returns what it did as plain data; the CLI prints it.
import { z } from 'zod';
import { DomainError } from '../lib/errors.ts';
import { systemActor } from './actor.ts';
import { createInvitation } from './invitation.service.ts';
import type { Services } from './services.ts';

export const adminCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('invite'), role: z.enum(['ADMIN', 'CURATOR']), regionCodes: z.array(z.string()).default([]), ttlDays: z.number().int().min(1).max(90).default(14) }),
  z.object({ command: z.literal('token-create'), user: z.string().min(1), name: z.string().min(1).max(80) }),
  z.object({ command: z.literal('token-revoke'), id: z.string().min(1) }),
  z.object({ command: z.literal('token-list') }),
  z.object({ command: z.literal('users'), role: z.enum(['BUYER', 'PRODUCER', 'CURATOR', 'ADMIN']).optional() }),
  z.object({ command: z.literal('rates-set'), currency: z.string().trim().toUpperCase(), idrPerUnit: z.number().positive() }),
  z.object({ command: z.literal('rates-list') }),
]);
export type AdminCommand = z.infer<typeof adminCommandSchema>;

const cli = systemActor('admin-cli');

/** "console:demo-admin", "telegram:12345", "whatsapp:62812..." or a user id → the user id. */
async function resolveUser(services: Services, ref: string): Promise<string> {
  const m = /^(console|telegram|whatsapp|web):(.+)$/i.exec(ref);
  if (m) {
    const identity = await services.repos.users.findIdentity(m[1]!.toUpperCase() as 'CONSOLE', m[2]!);
    if (!identity) throw new DomainError('not_found', `no user with the ${m[1]} identity ${m[2]}`);
    return identity.userId;
  }
  const user = await services.repos.users.findById(ref);
  if (!user) throw new DomainError('not_found', `no user with id ${ref} (or use channel:identity, e.g. console:demo-admin)`);
  return user.id;
}

export async function runAdminCommand(services: Services, command: AdminCommand): Promise<unknown> {
  switch (command.command) {
    case 'invite': {
      const inv = await createInvitation(services, { role: command.role, regionCodes: command.regionCodes, ttlDays: command.ttlDays });
      return { invitation: inv.code, role: inv.role, regions: inv.regionCodes, expiresAt: inv.expiresAt, howTo: `send "/claim ${inv.code}" to the bot` };
    }
    case 'token-create': {
      const userId = await resolveUser(services, command.user);
      const t = await services.auth.createApiToken(cli, { userId, name: command.name });
      return { token: t.token, id: t.id, prefix: t.prefix, userId, note: 'shown once: store it now' };
    }
    case 'token-revoke':
      return services.auth.revokeApiToken(cli, command.id);
    case 'token-list':
      return services.auth.listApiTokens(cli);
    case 'rates-set':
      return services.currency.set(cli, { currency: command.currency as 'USD', idrPerUnit: command.idrPerUnit });
    case 'rates-list':
      await services.currency.ready();
      return services.currency.list();
    case 'users':
      return (await services.repos.users.listByRole(command.role)).map((u) => ({
        id: u.id,
        name: u.displayName,
        role: u.role,
        language: u.language,
        regions: u.curatorOf.map((c) => c.regionCode),
        channels: u.identities.map((i) => `${i.channel.toLowerCase()}:${i.externalId}`),
      }));
  }
}
