// i18next with every namespace file under locales/<lang>/*.json, loaded synchronously at import.
// Indonesian is the default and the fallback; English is complete (tests/i18n/locales.test.ts proves it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { projectPath } from '../../prisma/engine/project-root.ts';

export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];
export const localesDir = projectPath('locales');

type Tree = { [key: string]: string | Tree };

export function loadLocaleFiles(lang: Lang): Record<string, Tree> {
  const dir = path.join(localesDir, lang);
  const out: Record<string, Tree> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    out[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree;
  }
  return out;
}

const resources = Object.fromEntries(languages.map((lang) => [lang, loadLocaleFiles(lang)]));
const namespaces = Object.keys(resources.id ?? {});

export const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources,
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: [...languages],
  ns: namespaces,
  defaultNS: 'common',
  fallbackNS: 'common',
  // Keys are "namespace:path.to.key"; dots inside keys are paths.
  nsSeparator: ':',
  interpolation: { escapeValue: false }, // chat text is not HTML; the web pages escape through hono/jsx
  returnNull: false,
  // an empty text falls back like a missing one (i18next 27's default; 26, kept for Node 20, returned '')
  returnEmptyString: false,
} as Parameters<typeof i18n.init>[0]);

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/**
 * A translator bound to one language: one per language for the process, remembering what each key alone
 * (no parameters) translates to. Why: a chat turn asks for a dozen labels and texts, and i18next resolves
 * each through its namespaces, fallbacks and interpolation every time (measured: 14 µs per
 * translator() + t(key) under load, issue 29); the resources never change after start-up.
 */
export function translator(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = rememberingKeys(i18n.getFixedT(lang))));
  return t;
}

const translators = new Map<Lang, TFunction>();

function rememberingKeys(base: TFunction): TFunction {
  const known = new Map<string, unknown>();
  const templates = new Map<string, Template | null>();
  const call = base as unknown as (...args: unknown[]) => unknown;
  const t = (...args: unknown[]): unknown => {
    const key = args[0];
    if (typeof key !== 'string') return call(...args);
    if (args.length === 1) {
      let text = known.get(key);
      if (text === undefined) known.set(key, (text = call(key)));
      return text;
    }
    const values = args[1];
    if (args.length === 2 && plainValues(values)) {
      let template = templates.get(key);
      if (template === undefined) templates.set(key, (template = compile(call(key, { skipInterpolation: true }))));
      const text = template && fill(template, values);
      if (text !== undefined && text !== null) return text;
    }
    return call(...args);
  };
  // the fixed translator's own fields (lng, ns, keyPrefix) stay readable on the wrapper
  return Object.assign(t, base) as unknown as TFunction;
}

// Texts with parameters ("{{total}}", "{{name}}"), the other half of a turn's translations: i18next copies its
// whole options object and walks its resolution for every call (fixedT alone was 1 % of the chat's CPU, i18next
// 3.4 %, issue 29). A text whose template is plain (only {{name}} placeholders: no nesting, no unescaped or
// formatted ones) is filled here from its template, resolved once per key through i18next itself (fallbacks
// included); calls with i18next's own options (count, context, lng, defaultValue…), a value that is not a
// string, number or boolean, or a placeholder left without a value go to i18next as before. Equal to
// i18next's output for every text of both languages (tests/domain/lib/i18n.test.ts).

/** literal parts around the placeholders: parts[0] names[0] parts[1] … names[n-1] parts[n] */
interface Template {
  parts: string[];
  names: string[];
}

const I18NEXT_OPTIONS = new Set(['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'keyPrefix', 'ordinal', 'skipInterpolation', 'nsSeparator', 'keySeparator', 'fallbackLng', 'missingInterpolationHandler', 'applyPostProcessor', 'nest', 'appendNamespaceToCIMode']);
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

function plainValues(values: unknown): values is Record<string, string | number | boolean> {
  if (typeof values !== 'object' || values === null || Array.isArray(values) || Object.getPrototypeOf(values) !== Object.prototype) return false;
  for (const name in values) {
    if (!PLAIN_NAME.test(name) || I18NEXT_OPTIONS.has(name) || name.startsWith('defaultValue')) return false;
    const value = (values as Record<string, unknown>)[name];
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') return false;
  }
  return true;
}

/** A template from a text as i18next resolved it without interpolation; null when not plain. */
function compile(text: unknown): Template | null {
  if (typeof text !== 'string' || text.includes('$t(') || text.includes('{{-')) return null;
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!.trim();
    if (!PLAIN_NAME.test(name)) return null;
    parts.push(text.slice(last, match.index));
    names.push(name);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return { parts, names };
}

/** The text with its values; undefined when a placeholder has none (i18next decides what to show then). */
function fill(template: Template, values: Record<string, string | number | boolean>): string | undefined {
  let out = template.parts[0]!;
  for (let i = 0; i < template.names.length; i++) {
    const name = template.names[i]!;
    if (!Object.hasOwn(values, name)) return undefined;
    const value = values[name]!;
    out += String(value) + template.parts[i + 1]!;
  }
  return out;
}

export type { TFunction };

/** Rupiah the way Indonesians write it: "Rp25.000". Money is integer rupiah everywhere. */
// one formatter for the process: building an Intl.NumberFormat per call was 2 % of the chat's CPU (bench/tools/profile-chat.ts)
const idrFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export function formatIdr(amount: number): string {
  return `Rp${idrFormat.format(amount)}`;
}

/** Approximate dollars for English-speaking buyers abroad. */
export function formatUsd(amountIdr: number, rateIdr: number): string {
  return `≈ US$${(amountIdr / rateIdr).toFixed(2)}`;
}

/** Times are stored in UTC and shown in WITA (Asia/Makassar, UTC+8). */
export function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Makassar', dateStyle: 'medium', timeStyle: 'short' }).format(date) + ' WITA';
}

export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Makassar', dateStyle: 'medium' }).format(date);
}

/** "2026-12" → "Desember 2026" / "December 2026" (Intl); anything else is returned as it came */
export function monthName(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
