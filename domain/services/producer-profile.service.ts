// A producer's business profile beyond onboarding: NIB, how buyers pay (bank account or a QRIS image), the
// story of the product and the place, cash on pickup, and corrections of what onboarding asked. A new
// business name or regency is part of every product's search text, so those are rebuilt.
import { z } from 'zod';
import { forbidden, invalid, notFound } from '../lib/errors.ts';
import { parseNib, PERMIT_EXAMPLES } from '../lib/permit-format.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { MediaRepository } from '../repositories/media.repository.ts';
import type { ProducerRepository } from '../repositories/producer.repository.ts';
import { normalizePhone } from './account.service.ts';
import { isAdmin, type Actor } from './actor.ts';
import { parseWith } from './product-input.ts';
import type { ProductService } from './product.service.ts';

export interface ProducerProfileDeps {
  producers: ProducerRepository;
  catalog: CatalogRepository;
  media: MediaRepository;
  products: Pick<ProductService, 'refreshSearchTexts'>;
}

export const STORY_MAX = 1000;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const clearable = (min: number, max: number) => text(min, max).nullable().optional();

export const profilePatchSchema = z
  .object({
    businessName: text(2, 100),
    ownerName: text(2, 100),
    phone: z.string().trim().max(30).nullable(),
    regionCode: z.string().regex(/^53\.\d{2}$/),
    district: text(2, 100),
    village: text(2, 100),
    nib: z.string().trim().max(40).nullable(),
    bankName: clearable(2, 60),
    bankAccount: z.string().trim().max(40).nullable(),
    bankHolder: clearable(2, 100),
    qrisMediaId: z.string().min(1).max(64).nullable(),
    story: clearable(1, STORY_MAX),
    storyEn: clearable(1, STORY_MAX),
    allowsCashOnPickup: z.boolean(),
  })
  .partial()
  .strict();
export type ProfilePatch = z.input<typeof profilePatchSchema>;

/** Bank account numbers as typed ("0123-01-456789-50-1", "1234 5678 90") → digits, 6 to 20 of them. */
export function normalizeBankAccount(input: string): string | null {
  const digits = input.replace(/[\s.\-]/g, '');
  return /^\d{6,20}$/.test(digits) ? digits : null;
}

type ProducerRow = NonNullable<Awaited<ReturnType<ProducerRepository['findById']>>>;

export interface ProducerProfileView {
  id: string;
  businessName: string;
  ownerName: string;
  phone: string | null;
  region: { code: string; name: string; shortName: string };
  district: string;
  village: string;
  nib: string | null;
  bank: { name: string | null; account: string | null; holder: string | null };
  qrisMediaId: string | null;
  story: string | null;
  /** the story in English (optional; pages in English fall back to the Indonesian) */
  storyEn: string | null;
  allowsCashOnPickup: boolean;
  /** what is still worth adding: "nib", "payment" (no bank account and no QRIS), "story" */
  missing: ('nib' | 'payment' | 'story')[];
}

export function toProfileView(p: ProducerRow): ProducerProfileView {
  const hasBank = Boolean(p.bankName && p.bankAccount && p.bankHolder);
  return {
    id: p.id,
    businessName: p.businessName,
    ownerName: p.ownerName,
    phone: p.phone,
    region: { code: p.region.code, name: p.region.name, shortName: p.region.shortName },
    district: p.district,
    village: p.village,
    nib: p.nib,
    bank: { name: p.bankName, account: p.bankAccount, holder: p.bankHolder },
    qrisMediaId: p.qrisMediaId,
    story: p.story,
    storyEn: p.storyEn,
    allowsCashOnPickup: p.allowsCashOnPickup,
    missing: [...(p.nib ? [] : ['nib' as const]), ...(hasBank || p.qrisMediaId ? [] : ['payment' as const]), ...(p.story ? [] : ['story' as const])],
  };
}

export function createProducerProfileService(deps: ProducerProfileDeps) {
  async function loadMine(actor: Actor): Promise<ProducerRow> {
    if (!actor.producerId) throw forbidden('producers only', 'producer:errors.notProducer');
    const producer = await deps.producers.findById(actor.producerId);
    if (!producer) throw notFound('producer', 'producer:errors.notProducer');
    return producer;
  }

  return {
    getMine: async (actor: Actor): Promise<ProducerProfileView> => toProfileView(await loadMine(actor)),

    async updateMine(actor: Actor, patch: ProfilePatch): Promise<ProducerProfileView> {
      const current = await loadMine(actor);
      const input = parseWith(profilePatchSchema, patch);
      const data: Record<string, unknown> = { ...input };
      if (input.phone !== undefined && input.phone !== null) {
        data.phone = normalizePhone(input.phone);
        if (!data.phone) throw invalid('bad phone', 'producer:errors.badPhone');
      }
      if (input.nib !== undefined && input.nib !== null) {
        data.nib = parseNib(input.nib);
        if (!data.nib) throw invalid('bad NIB', 'producer:errors.badNib', { example: PERMIT_EXAMPLES.NIB });
      }
      if (input.bankAccount !== undefined && input.bankAccount !== null) {
        data.bankAccount = normalizeBankAccount(input.bankAccount);
        if (!data.bankAccount) throw invalid('bad account', 'producer:errors.badAccount');
      }
      if (input.regionCode && !(await deps.catalog.findRegion(input.regionCode))) throw invalid('unknown region', 'producer:errors.unknownRegion');
      if (input.qrisMediaId) {
        const media = await deps.media.findById(input.qrisMediaId);
        if (!media || media.kind !== 'qris' || (media.ownerId !== actor.userId && !isAdmin(actor))) throw invalid('QRIS image not usable', 'producer:errors.badQris');
      }
      const updated = await deps.producers.update(current.id, data);
      const searchChanged = (input.businessName && input.businessName !== current.businessName) || (input.regionCode && input.regionCode !== current.regionCode);
      if (searchChanged) await deps.products.refreshSearchTexts(current.id);
      return toProfileView(updated);
    },
  };
}

export type ProducerProfileService = ReturnType<typeof createProducerProfileService>;
