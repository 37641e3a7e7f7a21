// Restricted goods: what a village shop may not list freely (alcohol such as sopi, moke and arak; tobacco;
// protected species and their parts; medicines; weapons), read from config/restricted-goods.json with what
// each needs: a licence the curator checks, or "forbidden". A listing is matched on its words as people
// write them: normalised (accents, case, punctuation), doubled letters collapsed ("soppi"), common
// Indonesian affixes taken off ("beralkohol", "rokoknya") for terms of 4+ letters, and one typo allowed in
// words of 6+ letters ("tembakao", "cendrawasi"). A term after a word of depiction ("motif penyu", "patung komodo") is a picture
// of the thing, and the rule's exceptions ("bir pletok") are not the good.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { normalizeText } from '../search/normalize.ts';

export const restrictionKeys = ['alcohol', 'tobacco', 'protectedSpecies', 'medicine', 'weapons'] as const;
export type RestrictionKey = (typeof restrictionKeys)[number];

const ruleSchema = z.object({
  key: z.enum(restrictionKeys),
  requires: z.enum(['licence', 'forbidden']),
  alcohol: z.boolean().optional(),
  terms: z.array(z.string().min(2)).min(1),
  except: z.array(z.string()).default([]),
});
const policySchema = z.object({ depictions: z.array(z.string()).default([]), rules: z.array(ruleSchema).min(1) });

export type RestrictionRule = z.infer<typeof ruleSchema>;
export type RestrictionPolicy = z.infer<typeof policySchema>;

export interface Restriction {
  key: RestrictionKey;
  requires: 'licence' | 'forbidden';
  /** the words of the listing that matched, as normalised */
  matched: string;
  alcohol: boolean;
}

export function loadRestrictionPolicy(file = projectPath('config', 'restricted-goods.json')): RestrictionPolicy {
  return policySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

let cached: RestrictionPolicy | null = null;
export const restrictionPolicy = (): RestrictionPolicy => (cached ??= loadRestrictionPolicy());

/** "soppi" → "sopi", "kakaktua" stays (k-k are not adjacent) */
const collapse = (word: string) => word.replace(/(.)\1+/g, '$1');

const PREFIXES = ['memper', 'meng', 'meny', 'mem', 'men', 'ber', 'ter', 'per', 'di', 'me', 'ke', 'se'];
const SUFFIXES = ['nya', 'kan', 'lah', 'an', 'i'];

/** the word and what it becomes with one prefix and/or one suffix taken off (a stem of at least 3 letters) */
function forms(word: string): string[] {
  const out = new Set([word]);
  const bases = [word];
  for (const p of PREFIXES) if (word.startsWith(p) && word.length - p.length >= 3) bases.push(word.slice(p.length));
  for (const base of bases) {
    out.add(base);
    for (const s of SUFFIXES) if (base.endsWith(s) && base.length - s.length >= 3) out.add(base.slice(0, -s.length));
  }
  return [...out];
}

/** at most one insertion, deletion, substitution or swap of neighbours */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** a typed word is the term's word: the same, an affixed form of it, or (for words of 5+ letters) one typo away */
function wordMatches(typed: string, term: string): boolean {
  const t = collapse(typed);
  const w = collapse(term);
  if (t === w) return true;
  // short terms ("rum", "gin", "bir") only as typed: "serum" is not se-rum
  if (w.length >= 4 && forms(t).some((f) => f === w)) return true;
  // one typo only in long words: "gelang" is not "elang"
  return w.length >= 6 && t.length >= 6 && withinOne(t, w);
}

const words = (text: string) => normalizeText(text).split(' ').filter(Boolean);

function phraseAt(tokens: string[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  return phrase.every((w, k) => wordMatches(tokens[at + k]!, w));
}

function findPhrase(tokens: string[], phrase: string[], depictions: string[][]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!phraseAt(tokens, i, phrase)) continue;
    const depicted = depictions.some((d) => i >= d.length && phraseAt(tokens, i - d.length, d));
    if (!depicted) return i;
  }
  return -1;
}

/**
 * The restrictions a listing's texts (name, description, category name ...) fall under, forbidden ones
 * first. Empty when none.
 */
export function findRestrictions(texts: (string | null | undefined)[], policy: RestrictionPolicy = restrictionPolicy()): Restriction[] {
  const tokens = words(texts.filter(Boolean).join(' . '));
  if (tokens.length === 0) return [];
  const depictions = policy.depictions.map(words);
  const found: Restriction[] = [];
  for (const rule of policy.rules) {
    // an exception's words are taken out before the terms are looked for
    let rest = tokens;
    for (const ex of rule.except.map(words)) {
      for (let at = findPhrase(rest, ex, []); at >= 0; at = findPhrase(rest, ex, [])) rest = [...rest.slice(0, at), '·', ...rest.slice(at + ex.length)];
    }
    for (const term of rule.terms) {
      const phrase = words(term);
      const at = findPhrase(rest, phrase, depictions);
      if (at >= 0) {
        found.push({ key: rule.key, requires: rule.requires, matched: rest.slice(at, at + phrase.length).join(' '), alcohol: Boolean(rule.alcohol) });
        break;
      }
    }
  }
  return found.sort((a, b) => (a.requires === b.requires ? 0 : a.requires === 'forbidden' ? -1 : 1));
}

/** The first (most serious) restriction, or null. */
export const restrictionOf = (texts: (string | null | undefined)[], policy?: RestrictionPolicy): Restriction | null => findRestrictions(texts, policy)[0] ?? null;
