// Reads the phone and name out of the vCard WhatsApp attaches to a shared contact. WhatsApp writes
//   TEL;type=CELL;type=VOICE;waid=6281234567890:+62 812-3456-7890
// where waid is the WhatsApp id (digits only) and the value is the number as the sender's phone shows it.

export interface VCardContact {
  phone: string;
  name?: string;
}

/** Unfolds continuation lines (RFC 6350: a line starting with a space continues the previous one). */
function unfold(vcard: string): string[] {
  return vcard.replace(/\r\n/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function unescapeValue(value: string): string {
  return value.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim();
}

/** "+62 812-3456-7890" → "+6281234567890"; keeps a leading plus, drops separators. */
function compactPhone(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export function parseVCard(vcard: string): VCardContact | null {
  let phone: string | null = null;
  let name: string | undefined;
  for (const line of unfold(vcard)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const [property = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const prop = property.replace(/^item\d+\./i, '').toUpperCase();
    if (prop === 'FN' && !name) name = unescapeValue(value) || undefined;
    if (prop === 'TEL' && !phone) {
      // The waid is the number the contact uses on WhatsApp, so it wins over the display value.
      const waid = params.map((p) => /^waid=(\d+)$/i.exec(p)?.[1]).find(Boolean);
      const candidate = waid ? `+${waid}` : compactPhone(unescapeValue(value));
      if (candidate.replace('+', '').length >= 3) phone = candidate;
    }
  }
  if (!phone) return null;
  return name ? { phone: phone.slice(0, 32), name: name.slice(0, 200) } : { phone: phone.slice(0, 32) };
}
