// The translator's own filling of texts with parameters (domain/lib/i18n.ts, issue 29) gives exactly what
// i18next gives: every text of both languages, with values of each kind (text with "$" and braces, numbers,
// booleans), with a value missing, with extra values, and with i18next's own options (count, context,
// defaultValue) which still go to i18next.
import { describe, expect, it } from 'vitest';
import { i18n, languages, loadLocaleFiles, translator } from '../../../domain/lib/i18n.ts';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}

const allKeys = [...new Set(Object.entries(loadLocaleFiles('id')).flatMap(([ns, tree]) => keysOf(tree).map((k) => `${ns}:${k}`)))];
const namesIn = (text: string) => [...new Set([...text.matchAll(/\{\{-?\s*([^},\s]+)/g)].map((m) => m[1]!))];

describe('translations with parameters', () => {
  for (const lang of languages) {
    it(`fill every ${lang} text as i18next does`, () => {
      const t = translator(lang);
      const plain = i18n.getFixedT(lang);
      let withValues = 0;
      for (const key of allKeys) {
        const raw = String(plain(key, { skipInterpolation: true }));
        const names = namesIn(raw);
        if (!names.length) continue;
        withValues++;
        const kinds: Record<string, unknown>[] = [
          Object.fromEntries(names.map((n, i) => [n, i % 2 ? `Rp${i}.000 $& $1 {{x}} $t(common:yes)` : 1234 + i])),
          Object.fromEntries(names.map((n) => [n, true])),
          { ...Object.fromEntries(names.map((n) => [n, 'v'])), extra: 'not used' },
          Object.fromEntries(names.slice(1).map((n) => [n, 'only some'])),
        ];
        for (const values of kinds) expect(t(key, values), `${lang} ${key} ${JSON.stringify(values)}`).toBe(plain(key, values));
        // the second time comes from the remembered template
        expect(t(key, kinds[0]!)).toBe(plain(key, kinds[0]!));
      }
      expect(withValues).toBeGreaterThan(100);
    });
  }

  it("leaves i18next's own options to i18next", () => {
    const t = translator('en');
    const plain = i18n.getFixedT('en');
    const key = allKeys.find((k) => String(plain(k, { skipInterpolation: true })).includes('{{'))!;
    for (const values of [{ count: 2 }, { context: 'x', name: 'n' }, { defaultValue: 'd' }, { lng: 'id' }]) expect(t(key, values)).toBe(plain(key, values));
    expect(t('common:does-not-exist', { name: 'x' })).toBe(plain('common:does-not-exist', { name: 'x' }));
  });
});
