// The shapes of Indonesian business and product permit numbers, checked when a producer types them and when
// an official records an issued certificate. Forgiving about how they are typed (spaces, dashes, dots, a
// leading "No." or the permit's name), strict about what is stored: the normalised number, or null.
// Pure functions; the formats come from /work/shared/reference/licensing-and-curation.md.

export type PermitKind = 'NIB' | 'PIRT' | 'BPOM_MD' | 'HALAL';

/** Typed examples of a valid number, for error messages. */
export const PERMIT_EXAMPLES: Record<PermitKind, string> = {
  NIB: '9120001234567',
  PIRT: '2065371010123-27',
  BPOM_MD: 'BPOM RI MD 224510001234',
  HALAL: 'ID53110012345678901234',
};

/** Upper case without the separators people type inside numbers, and without a leading "No."/"Nomor". */
function compact(input: string): string {
  return input
    .toUpperCase()
    .trim()
    .replace(/^(NO\.?|NOMOR|NOMER|NUMBER)\s*:?\s*/, '')
    .replace(/[\s\-./:_]+/g, '');
}

/** Drops the permit's own name typed before the number ("P-IRT No. 206...", "BPOM RI MD ..."). */
function withoutName(s: string, name: RegExp): string {
  return s.replace(name, '').replace(/^(NOMOR|NOMER|NO)(?=[A-Z]*\d)/, '');
}

/** NIB (Nomor Induk Berusaha): 13 digits. */
export function parseNib(input: string): string | null {
  const s = withoutName(compact(input), /^NIB/);
  return /^\d{13}$/.test(s) ? s : null;
}

/** SPP-IRT / P-IRT: at least 15 digits (packaging, food type, regency, sequences, expiry year); stored as digits. */
export function parsePirt(input: string): string | null {
  const s = withoutName(compact(input), /^(SPPIRT|PIRT|SPP|IRT)+/);
  return /^\d{15,20}$/.test(s) ? s : null;
}

/** BPOM registered processed food: "MD" + 12 digits; "BPOM RI MD 224510001234" is accepted as typed. */
export function parseBpomMd(input: string): string | null {
  const s = withoutName(compact(input), /^(BADANPOM|BPOM)(RI)?/);
  return /^MD\d{12}$/.test(s) ? s : null;
}

/** Halal certificate: "ID" followed by digits, 10 to 30 characters in all (e.g. ID53110012345678901234). */
export function parseHalalId(input: string): string | null {
  const s = withoutName(compact(input), /^(SERTIFIKATHALAL|HALAL)/);
  return /^ID\d{8,28}$/.test(s) ? s : null;
}

const parsers: Record<PermitKind, (input: string) => string | null> = {
  NIB: parseNib,
  PIRT: parsePirt,
  BPOM_MD: parseBpomMd,
  HALAL: parseHalalId,
};

/** The normalised number of a permit of this kind, or null when the shape is wrong. */
export function parsePermit(kind: PermitKind, input: string): string | null {
  return parsers[kind](input);
}
