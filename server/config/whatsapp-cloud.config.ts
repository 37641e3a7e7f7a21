// Settings of the WhatsApp Business Platform (Cloud API) transport. WHATSAPP_TRANSPORT picks it; without the
// setting, Cloud runs when its phone number id is configured and WhatsApp Web otherwise, so an existing
// WhatsApp Web installation keeps working unchanged. With Cloud chosen, every credential is required and a
// missing one stops start-up naming the setting (formatConfigError).
import { z } from 'zod';

/** an optional string setting: empty means unset; a value is checked by `valid` */
const optional = (valid: (v: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || valid(v), message)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

export const whatsappCloudSettings = {
  WHATSAPP_TRANSPORT: z
    .enum(['web', 'cloud', ''])
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  /** the phone number id of the business number (WhatsApp Manager > API setup), not the number itself */
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: optional((v) => /^\d{5,30}$/.test(v), 'digits only: the phone number id from WhatsApp Manager, not the number'),
  /** a permanent System User token with whatsapp_business_messaging */
  WHATSAPP_CLOUD_ACCESS_TOKEN: optional((v) => v.length >= 20 && !/\s/.test(v), 'looks wrong for a Graph API access token'),
  /** the Meta app's secret: every webhook POST is signed with it */
  WHATSAPP_CLOUD_APP_SECRET: optional((v) => v.length >= 8, 'looks too short for an app secret'),
  /** any string of yours, typed again in the app's webhook settings */
  WHATSAPP_CLOUD_VERIFY_TOKEN: optional((v) => v.length >= 8, 'use at least 8 characters'),
  WHATSAPP_CLOUD_API_VERSION: z.string().trim().regex(/^v\d+\.\d+$/, 'a Graph API version such as v24.0').default('v24.0'),
  /** the Graph API origin; tests and staging point it at a fake */
  WHATSAPP_CLOUD_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com'),
  /** throughput per business number (Meta's default tier is 80 messages/s) */
  WHATSAPP_CLOUD_MESSAGES_PER_SECOND: z.coerce.number().positive().max(1000).default(80),
  /** pair rate limit: the gap between two notifications to the same person (Meta: about 1 per 6 s, error 131056) */
  WHATSAPP_CLOUD_PAIR_INTERVAL_MS: z.coerce.number().int().min(0).default(6_000),
  /** the template configuration (names, languages, parameters per notification kind) */
  WHATSAPP_CLOUD_TEMPLATES_FILE: z.string().trim().default('./config/whatsapp-cloud-templates.json'),
};

type CloudShape = { WHATSAPP_ENABLED: boolean } & { [K in keyof typeof whatsappCloudSettings]?: z.infer<(typeof whatsappCloudSettings)[K]> };

export function whatsappTransportOf(c: CloudShape): 'off' | 'web' | 'cloud' {
  if (!c.WHATSAPP_ENABLED) return 'off';
  return c.WHATSAPP_TRANSPORT ?? (c.WHATSAPP_CLOUD_PHONE_NUMBER_ID ? 'cloud' : 'web');
}

const REQUIRED = ['WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_ACCESS_TOKEN', 'WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_VERIFY_TOKEN'] as const;

export function checkWhatsAppCloud(c: CloudShape, ctx: z.RefinementCtx): void {
  if (whatsappTransportOf(c) !== 'cloud') return;
  for (const key of REQUIRED) {
    if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required with WHATSAPP_TRANSPORT=cloud' });
  }
}
