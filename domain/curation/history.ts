// A product's curation history, built from what is already written: the audit lines of the producer's
// edits and submissions and the curators' reviews (decision, note, notes per field). A fix request's round
// reads: submitted → fix requested (with the notes) → changed (which fields) → resubmitted → decision.
import type { CurationDecision, Prisma } from '../../prisma/generated/client.ts';

/** the fields a curator may name in a fix request; also the producer's editable fields */
export const fixableFields = ['photos', 'nameId', 'nameEn', 'descriptionId', 'descriptionEn', 'categoryId', 'priceIdr', 'unit', 'weightGrams', 'permits', 'packagingState', 'restrictedLicence'] as const;
export type FixableField = (typeof fixableFields)[number];

const PERMIT_COLUMNS = ['declaredHalal', 'declaredPirt', 'declaredBpom'];

export type HistoryEntry =
  | { kind: 'submitted' | 'resubmitted'; at: Date }
  | { kind: 'changed'; at: Date; fields: FixableField[] }
  | { kind: 'decision'; at: Date; decision: CurationDecision; note: string | null; fieldNotes: Partial<Record<FixableField, string>>; grade: string | null };

interface AuditSource {
  action: string;
  data: Prisma.JsonValue;
  createdAt: Date;
}
interface ReviewSource {
  decision: CurationDecision;
  notes: string | null;
  fieldNotes: Prisma.JsonValue;
  grade: string | null;
  createdAt: Date;
}

/** the editable fields a product.update audit line names (permit columns as "permits"; search text and slug left out) */
export function fieldsOfAudit(action: string, data: Prisma.JsonValue): FixableField[] {
  if (action === 'product.photos' || action.startsWith('product.photo.')) return ['photos'];
  if (action !== 'product.update') return [];
  const named = (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray(data.fields) ? data.fields : []).map(String);
  const out = new Set<FixableField>();
  for (const f of named) {
    if (PERMIT_COLUMNS.includes(f)) out.add('permits');
    else if ((fixableFields as readonly string[]).includes(f)) out.add(f as FixableField);
  }
  return [...out];
}

export function fieldNotesOf(value: Prisma.JsonValue): Partial<Record<FixableField, string>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => (fixableFields as readonly string[]).includes(k) && typeof v === 'string' && v.trim())) as Partial<Record<FixableField, string>>;
}

export function buildHistory(audits: AuditSource[], reviews: ReviewSource[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let decided = false;
  for (const a of audits) {
    if (a.action === 'product.submit') {
      const from = a.data && typeof a.data === 'object' && !Array.isArray(a.data) ? String(a.data.from ?? '') : '';
      entries.push({ kind: decided || from === 'CHANGES_REQUESTED' || from === 'REJECTED' ? 'resubmitted' : 'submitted', at: a.createdAt });
      continue;
    }
    const fields = fieldsOfAudit(a.action, a.data);
    if (fields.length === 0) continue;
    const last = entries.at(-1);
    // edits made one after another read as one change
    if (last?.kind === 'changed') last.fields = [...new Set([...last.fields, ...fields])];
    else entries.push({ kind: 'changed', at: a.createdAt, fields });
    void decided;
  }
  for (const r of reviews) {
    decided = true;
    entries.push({ kind: 'decision', at: r.createdAt, decision: r.decision, note: r.notes, fieldNotes: fieldNotesOf(r.fieldNotes), grade: r.grade });
  }
  // merged by time; "changed" entries before the first submission are the draft being written
  const sorted = entries.sort((x, y) => x.at.getTime() - y.at.getTime());
  const firstSubmit = sorted.findIndex((e) => e.kind === 'submitted' || e.kind === 'resubmitted');
  return sorted.filter((e, i) => !(e.kind === 'changed' && (firstSubmit < 0 || i < firstSubmit)));
}

/** The fields changed since the last fix request (or rejection): what the curator should look at again. */
export function changedSinceRequest(history: HistoryEntry[]): FixableField[] {
  const lastDecision = history.findLastIndex((e) => e.kind === 'decision');
  if (lastDecision < 0) return [];
  const out = new Set<FixableField>();
  for (const e of history.slice(lastDecision + 1)) if (e.kind === 'changed') for (const f of e.fields) out.add(f);
  return [...out];
}

/** The latest open fix request's notes per field (empty when none). */
export function openFixRequest(history: HistoryEntry[]): { note: string | null; fieldNotes: Partial<Record<FixableField, string>> } | null {
  const last = history.findLast((e) => e.kind === 'decision');
  return last && last.kind === 'decision' && last.decision === 'REQUEST_CHANGES' ? { note: last.note, fieldNotes: last.fieldNotes } : null;
}
