// Who a user is: language, onboarding as a buyer, registering as a producer.
import { z } from 'zod';
import { conflict, invalid } from '../lib/errors.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { ProducerRepository } from '../repositories/producer.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { isCurrency, type CurrencyCode } from './currency.service.ts';

export interface AccountDeps {
  users: UserRepository;
  producers: ProducerRepository;
  catalog: CatalogRepository;
  now: () => Date;
}

/** Indonesian phone numbers as people type them → "62812..." (digits with country code). */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[^\d+]/g, '').replace(/^\+/, '');
  const national = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^\d{9,15}$/.test(national) ? national : null;
}

export const producerRegistrationSchema = z.object({
  ownerName: z.string().trim().min(2).max(100),
  businessName: z.string().trim().min(2).max(100),
  regionCode: z.string().regex(/^53\.\d{2}$/),
  district: z.string().trim().min(2).max(100),
  village: z.string().trim().min(2).max(100),
  phone: z.string().trim().max(20).optional(),
});

export function createAccountService(deps: AccountDeps) {
  return {
    /** A buyer needs nothing more than a language to start shopping. */
    async completeBuyerOnboarding(actor: Actor) {
      await deps.users.markOnboarded(actor.userId, deps.now());
    },

    /** the currency a buyer sees prices in beside rupiah, in chat (checkout stays in rupiah) */
    async setCurrency(actor: Actor, code: string): Promise<CurrencyCode> {
      if (!isCurrency(code)) throw invalid(`unknown currency ${code}`, 'buyer:currency.unknown');
      await deps.users.setCurrency(actor.userId, code);
      return code;
    },

    async registerProducer(actor: Actor, input: z.input<typeof producerRegistrationSchema>) {
      const data = producerRegistrationSchema.parse(input);
      if (await deps.producers.findByUserId(actor.userId)) throw conflict('already a producer', 'onboarding:errors.alreadyProducer');
      if (!(await deps.catalog.findRegion(data.regionCode))) throw invalid('unknown region', 'onboarding:errors.unknownRegion');
      const phone = data.phone ? normalizePhone(data.phone) : null;
      if (data.phone && !phone) throw invalid('bad phone', 'onboarding:errors.badPhone');
      return deps.producers.register(actor.userId, { ...data, phone }, deps.now());
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
