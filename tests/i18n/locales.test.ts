// Both languages carry the same keys, none empty, with the same {{placeholders}}.
import { describe, expect, it } from 'vitest';
import { loadLocaleFiles, translator } from '../../domain/lib/i18n.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const all = (lang: 'id' | 'en') => {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(loadLocaleFiles(lang))) for (const [k, v] of flatten(tree)) out.set(`${ns}:${k}`, v);
  return out;
};

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();

describe('locales', () => {
  const id = all('id');
  const en = all('en');

  it('has the same keys in Indonesian and English', () => {
    expect([...en.keys()].filter((k) => !id.has(k))).toEqual([]);
    expect([...id.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect(id.size).toBeGreaterThan(50);
  });

  it('has no empty value', () => {
    for (const [k, v] of [...id, ...en]) expect(v.trim(), k).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [k, v] of id) expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('translates through i18next with the namespace prefix', () => {
    expect(translator('id')('engine:buttons.back')).toBe('⬅️ Kembali');
    expect(translator('en')('engine:buttons.back')).toBe('⬅️ Back');
  });
});
