// A button label in the other language: "Pembeli" ↔ "Buyer". Built once from locales/, so a user who reads
// Indonesian buttons and types "buyer" (or the other way round) still picks the option.
import { languages, loadLocaleFiles } from '../../domain/lib/i18n.ts';
import { normalizeText } from '../../domain/search/normalize.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, out: Map<string, string>): void {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
}

function build(): Map<string, string[]> {
  const byLang = languages.map((lang) => {
    const out = new Map<string, string>();
    for (const [ns, tree] of Object.entries(loadLocaleFiles(lang))) if (ns !== 'intents') flatten(tree as Tree, ns, out);
    return out;
  });
  const index = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const key = normalizeText(from);
    const value = normalizeText(to);
    if (!key || !value || key === value || key.length > 60) return;
    const list = index.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    index.set(key, list);
  };
  const [id, en] = byLang as [Map<string, string>, Map<string, string>];
  for (const [key, idValue] of id) {
    const enValue = en.get(key);
    // only short, fixed texts: button labels, not sentences or texts with placeholders
    if (!enValue || idValue.includes('{{') || idValue.length > 60) continue;
    add(idValue, enValue);
    add(enValue, idValue);
  }
  return index;
}

const index = build();

/** The normalised label in the other language(s), when the label is a known fixed text. */
export function otherLanguageLabels(normalizedLabel: string): string[] {
  return index.get(normalizedLabel) ?? [];
}
