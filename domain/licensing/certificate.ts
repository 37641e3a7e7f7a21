// Certificate numbers are checked against the permit's format before anything is recorded, and stored in
// their normalised form (spaces and dots removed, letters upper-case) by the shared permit parsers.
import type { LicenseType } from '../../prisma/generated/client.ts';
import { parseBpomMd, parseHalalId, parseNib, parsePirt } from '../lib/permit-format.ts';

const parsers: Partial<Record<LicenseType, (raw: string) => string | null>> = {
  NIB: parseNib,
  HALAL_SELF_DECLARE: parseHalalId,
  HALAL_REGULAR: parseHalalId,
  SPP_IRT: parsePirt,
  BPOM_MD: parseBpomMd,
};

/** The normalised number, or null when it does not fit the permit's format (or the type has none). */
export function parseCertificate(type: LicenseType, raw: string): string | null {
  const parse = parsers[type];
  return parse ? parse(raw) : null;
}

/** i18n key describing the expected format, for the refusal message */
export const formatHintKey = (type: LicenseType) => `licensing:formats.${type}`;
