// The licensing processes as producers and officials know them (copied from the programme's reference on
// licensing and curation, 2022-2025 sources). A case's stepIndex is the step being worked on; the last step
// of each process is "issued", reached only by recording the certificate (or, for packaging help, "done").
// Step labels are in locales under licensing:steps.<TYPE>.<key>.
import type { LicenseType } from '../../prisma/generated/client.ts';

export const licenseTypes = ['NIB', 'HALAL_SELF_DECLARE', 'HALAL_REGULAR', 'SPP_IRT', 'BPOM_MD', 'PACKAGING'] as const satisfies readonly LicenseType[];

export interface Process {
  type: LicenseType;
  steps: string[];
  /** a certificate number is recorded to finish (packaging help has none) */
  certificate: boolean;
  /** usual validity in years, offered as a shortcut when recording the certificate; null: no fixed expiry */
  validityYears: number | null;
}

export const processes: Record<LicenseType, Process> = {
  // OSS-RBA: one 13-digit NIB per business; the KBLI code sets the risk level
  NIB: { type: 'NIB', steps: ['ossAccount', 'businessData', 'issued'], certificate: true, validityYears: null },
  // SIHALAL / BPJPH self-declare route for micro and small businesses, with a halal assistant (PPH)
  HALAL_SELF_DECLARE: {
    type: 'HALAL_SELF_DECLARE',
    steps: ['nib', 'sihalalAccount', 'businessProfile', 'application', 'ingredients', 'pledge', 'assistantVerification', 'bpjphVerification', 'fatwaSession', 'ruling', 'issued'],
    certificate: true,
    validityYears: null, // valid while ingredients and process do not change
  },
  // the regular (paid) route through an inspection body (LPH)
  HALAL_REGULAR: { type: 'HALAL_REGULAR', steps: ['documents', 'lphFee', 'payment', 'audit', 'fatwa', 'issued'], certificate: true, validityYears: null },
  // OSS → PB-UMKU → SPP-IRT; the regency health office asks for food-safety training (PKP) and a site visit
  SPP_IRT: { type: 'SPP_IRT', steps: ['nib', 'application', 'pkpTraining', 'inspection', 'issued'], certificate: true, validityYears: 5 },
  // e-BPOM: company registration, facility inspection, product data, evaluation, approval and fee, NIE
  BPOM_MD: { type: 'BPOM_MD', steps: ['registration', 'facilityInspection', 'productData', 'evaluation', 'approvalFee', 'issued'], certificate: true, validityYears: 5 },
  // design, label content (composition, net weight, production code, expiry, permit numbers), materials
  PACKAGING: { type: 'PACKAGING', steps: ['requested', 'design', 'done'], certificate: false, validityYears: null },
};

export const lastStepIndex = (type: LicenseType) => processes[type].steps.length - 1;

export const stepKeyOf = (type: LicenseType, index: number) => processes[type].steps[Math.min(Math.max(index, 0), lastStepIndex(type))]!;

/** i18n key of a step's label, e.g. "licensing:steps.SPP_IRT.pkpTraining" */
export const stepLabelKey = (type: LicenseType, index: number) => `licensing:steps.${type}.${stepKeyOf(type, index)}`;

export const typeLabelKey = (type: LicenseType) => `licensing:types.${type}`;

/** Types a producer may ask help for in chat (NIB is asked through the officials directly, per business). */
export const helpTypes = ['HALAL_SELF_DECLARE', 'SPP_IRT', 'BPOM_MD', 'PACKAGING'] as const satisfies readonly LicenseType[];

export interface ProductFlags {
  containsAlcohol: boolean;
  bpomOnlyFood: boolean;
}

/**
 * Whether a product may take a path. Alcoholic drinks (sopi, moke) cannot be halal; milk products, frozen
 * meat or fish, baby food and bottled water (and alcohol) are outside PIRT and need BPOM. Returns the
 * i18n key of the refusal, or null when allowed.
 */
export function pathRefusal(type: LicenseType, product: ProductFlags): string | null {
  if ((type === 'HALAL_SELF_DECLARE' || type === 'HALAL_REGULAR') && product.containsAlcohol) return 'licensing:errors.alcoholNotHalal';
  if (type === 'SPP_IRT' && (product.bpomOnlyFood || product.containsAlcohol)) return 'licensing:errors.needsBpom';
  return null;
}
