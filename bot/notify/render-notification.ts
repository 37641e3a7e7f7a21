// A stored notification → the abstract messages of the recipient's language.
import { z } from 'zod';
import { monthName, translator, type Lang } from '../../domain/lib/i18n.ts';
import type { NotificationRow } from '../../domain/repositories/notification.repository.ts';
import { newMenuToken } from '../core/context.ts';
import type { Option, OutMessage } from '../../domain/chat/message.ts';

const choicesSchema = z.array(z.object({ labelKey: z.string(), value: z.string().optional(), url: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }));
const paramsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

function paramValue(t: (key: string) => string, v: string | number | null, lang: Lang): string | number {
  if (typeof v !== 'string') return v ?? '-';
  // "month:2026-12" → "Desember 2026" / "December 2026"
  if (v.startsWith('month:')) return monthName(v.slice(6), lang);
  if (v.startsWith('t:')) return t(v.slice(2));
  if (v.startsWith('tl:')) return v.slice(3).split(',').filter(Boolean).map((key) => t(key)).join(', ');
  return v;
}

export function renderNotification(row: Pick<NotificationRow, 'template' | 'params' | 'choices' | 'mediaId'>, lang: Lang): OutMessage[] {
  const t = translator(lang);
  const rawParams = paramsSchema.catch({}).parse(row.params);
  // a param whose value is "t:<key>" is itself translated (a status name, a category ...)
  // and "tl:<key>,<key>" a list of them (the fields a producer changed)
  const params = Object.fromEntries(Object.entries(rawParams).map(([k, v]) => [k, paramValue(t, v, lang)]));
  const text = t(row.template, params);
  const options: Option[] = choicesSchema
    .catch([])
    .parse(row.choices)
    .map((c) => ({ label: t(c.labelKey, c.params ?? {}), ...(c.value ? { value: c.value } : {}), ...(c.url ? { url: c.url } : {}) }));
  const menuToken = options.some((o) => o.value) ? newMenuToken() : undefined;
  if (row.mediaId) return [{ type: 'photo', media: { mediaId: row.mediaId }, caption: text, ...(options.length ? { options, menuToken } : {}) }];
  if (options.length) return [{ type: 'choices', text, options, menuToken }];
  return [{ type: 'text', text }];
}
