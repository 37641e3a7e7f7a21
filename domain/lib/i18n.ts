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
  const call = base as unknown as (...args: unknown[]) => unknown;
  const t = (...args: unknown[]): unknown => {
    const key = args[0];
    if (args.length !== 1 || typeof key !== 'string') return call(...args);
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = call(key)));
    return text;
  };
  // the fixed translator's own fields (lng, ns, keyPrefix) stay readable on the wrapper
  return Object.assign(t, base) as unknown as TFunction;
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
