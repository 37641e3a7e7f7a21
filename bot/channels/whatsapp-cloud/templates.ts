// Approved message templates: the only way to reach a WhatsApp user more than 24 hours after they last
// wrote. The configuration (config/whatsapp-cloud-templates.json, WHATSAPP_CLOUD_TEMPLATES_FILE) names one
// template per notification kind with its languages and parameters, and carries the texts the operator
// submits to Meta; it is validated at start-up like every other setting.
import { readFileSync } from 'node:fs';
import { BodyComponent, BodyParameter, Language, Template } from 'whatsapp-api-js/messages';
import { z } from 'zod';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';
import type { NotificationRow } from '../../../domain/repositories/notification.repository.ts';

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]))).size;

const templateSchema = z
  .object({
    kind: z.string().min(1),
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'template names are lower case letters, digits and _'),
    category: z.enum(['UTILITY', 'MARKETING', 'AUTHENTICATION']).default('UTILITY'),
    notifications: z.array(z.string().min(1)).min(1),
    parameters: z.array(z.string().min(1)),
    languages: z.object({ id: z.object({ code: z.string().min(2), text: z.string().min(1).max(1024) }), en: z.object({ code: z.string().min(2), text: z.string().min(1).max(1024) }) }),
  })
  .refine((t) => placeholders(t.languages.id.text) === t.parameters.length && placeholders(t.languages.en.text) === t.parameters.length, {
    message: 'each text needs exactly one {{n}} per parameter',
  });
export const templateFileSchema = z.object({ templates: z.array(templateSchema).min(1) });
export type TemplateConfig = z.infer<typeof templateSchema>;

export class TemplateConfigError extends Error {}

export function loadTemplates(file: string): TemplateConfig[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TemplateConfigError(`WHATSAPP_CLOUD_TEMPLATES_FILE ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = templateFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TemplateConfigError(`WHATSAPP_CLOUD_TEMPLATES_FILE ${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.templates;
}

/** "orders:notify.newOrder" matches itself only; "orders:notify.*" every key that starts with "orders:notify." */
function matches(pattern: string, key: string): boolean {
  return pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
}

export function templateFor(templates: TemplateConfig[], notificationKey: string): TemplateConfig | undefined {
  return templates.find((t) => t.notifications.some((p) => matches(p, notificationKey)));
}

/** Meta refuses parameters with line breaks, tabs or more than four spaces in a row, and empty ones. */
export function templateParameter(value: string, max = 900): string {
  const flat = value
    .replace(/\s*\n+\s*/g, ' · ')
    .replace(/[\t ]{2,}/g, ' ')
    .trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut || '-';
}

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/** The template message for a notification in the recipient's language; `text` is its usual rendering. */
export function buildTemplate(template: TemplateConfig, row: Pick<NotificationRow, 'params'>, lang: Lang, text: string): Template {
  const t = translator(lang);
  const params = paramsSchema.catch({}).parse(row.params);
  const values = template.parameters.map((name) => {
    if (name === '$text') return templateParameter(text);
    const v = params[name];
    return templateParameter(typeof v === 'string' && v.startsWith('t:') ? t(v.slice(2)) : v === null || v === undefined ? '-' : String(v), 200);
  });
  const language = template.languages[lang];
  return values.length
    ? new Template(template.name, new Language(language.code), new BodyComponent(...(values.map((v) => new BodyParameter(v)) as [BodyParameter, ...BodyParameter[]])))
    : new Template(template.name, new Language(language.code));
}
