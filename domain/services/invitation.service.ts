// Invitations make officials: an admin creates a code (CLI or API) for a curator of some regencies or a
// province admin; the official sends "/claim CODE" to the bot and gets the role. Codes are shown once and
// stored hashed; each works once, until it expires.
import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';
import { forbidden, invalid, notFound, conflict } from '../lib/errors.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { InvitationRepository } from '../repositories/invitation.repository.ts';
import { actorId, requireAdmin, systemActor, type Actor, type AnyActor } from './actor.ts';

export interface InvitationDeps {
  invitations: InvitationRepository;
  catalog: CatalogRepository;
  now: () => Date;
}

// no 0/O, 1/I/L: codes are read aloud and typed on phones
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function generateCode(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `NTT-${part()}-${part()}`;
}

/** "ntt 7k2m 9qxa", "NTT-7K2M-9QXA" → "NTT7K2M9QXA": what is hashed. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const hashCode = (code: string) => createHash('sha256').update(`invitation:${normalizeCode(code)}`).digest('hex');

export const createInvitationSchema = z
  .object({
    role: z.enum(['CURATOR', 'ADMIN']),
    regionCodes: z.array(z.string().regex(/^53\.\d{2}$/)).max(22).default([]),
    ttlDays: z.number().int().min(1).max(90).default(14),
  })
  .refine((v) => v.role === 'ADMIN' || v.regionCodes.length > 0, { message: 'a curator needs at least one regency', path: ['regionCodes'] });

export function createInvitationService(deps: InvitationDeps) {
  return {
    /** Admins only. Returns the code once; only its hash is kept. */
    async create(actor: AnyActor, input: z.input<typeof createInvitationSchema>) {
      requireAdmin(actor);
      const parsed = createInvitationSchema.safeParse(input);
      if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid invitation', 'official:errors.invitationInput');
      const data = parsed.data;
      // admins act on every regency: their invitation binds none
      const regionCodes = data.role === 'ADMIN' ? [] : [...new Set(data.regionCodes)].sort();
      for (const code of regionCodes) {
        if (!(await deps.catalog.findRegion(code))) throw invalid(`unknown region ${code}`, 'official:errors.unknownRegion', { region: code });
      }
      const code = generateCode();
      const expiresAt = new Date(deps.now().getTime() + data.ttlDays * 86_400_000);
      const row = await deps.invitations.create({ codeHash: hashCode(code), role: data.role, regionCodes, createdById: actorId(actor), expiresAt });
      return { id: row.id, code, role: data.role, regionCodes, expiresAt };
    },

    /** The user becomes the invited official. Unknown, used or expired codes are refused, nothing changes. */
    async claim(actor: Actor, code: string) {
      const normalized = normalizeCode(code ?? '');
      if (normalized.length < 6 || normalized.length > 32) throw invalid('malformed invitation code', 'official:errors.invalidCode');
      if (actor.role === 'PRODUCER') throw forbidden('producers cannot become officials with this account', 'official:errors.producerCannotClaim');
      const outcome = await deps.invitations.claim(hashCode(normalized), actor.userId, deps.now());
      if (!outcome.ok) {
        if (outcome.reason === 'unknown') throw notFound('invitation', 'official:errors.invalidCode');
        if (outcome.reason === 'used') throw conflict('invitation already used', 'official:errors.codeUsed');
        throw invalid('invitation expired', 'official:errors.codeExpired');
      }
      return { role: outcome.role, regionCodes: outcome.regionCodes };
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;

/**
 * For the admin CLI: creates an invitation as the system (or on behalf of a user id) and returns the code.
 * Takes anything holding the invitation service, so `createInvitation(services, ...)` works.
 */
export async function createInvitation(
  services: { invitations: InvitationService },
  options: { role: 'CURATOR' | 'ADMIN'; regionCodes: string[]; createdBy?: string; ttlDays: number },
) {
  const actor: AnyActor = options.createdBy
    ? { kind: 'user', userId: options.createdBy, role: 'ADMIN', language: 'id', regionCodes: [], onboarded: true }
    : systemActor('cli');
  return services.invitations.create(actor, { role: options.role, regionCodes: options.regionCodes, ttlDays: options.ttlDays });
}
