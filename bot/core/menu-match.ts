// Text channels answer a menu by number ("2") or by the option's words ("keranjang"); this maps such a
// reply back to the option's value. The numbering is the order of the options that carry a value, the
// same numbering the WhatsApp and console renderers print.
import { normalizeText } from '../../api/search/normalize.ts';
import type { StoredMenu } from '../../api/repositories/conversation.repository.ts';

export function matchMenuReply(menu: StoredMenu | null, text: string): string | null {
  if (!menu || menu.items.length === 0) return null;
  const trimmed = text.trim().replace(/[.)]$/, '');
  if (/^\d{1,2}$/.test(trimmed)) {
    const item = menu.items[Number(trimmed) - 1];
    return item ? item.value : null;
  }
  const wanted = normalizeText(text);
  if (!wanted) return null;
  const labels = menu.items.map((i) => ({ value: i.value, label: normalizeText(i.label) }));
  const exact = labels.find((l) => l.label === wanted);
  if (exact) return exact.value;
  // a unique option whose words start with the reply ("kopi" for "Kopi & teh"), at least 3 letters
  if (wanted.length < 3) return null;
  const partial = labels.filter((l) => l.label.startsWith(wanted) || l.label.split(' ').includes(wanted));
  return partial.length === 1 ? partial[0]!.value : null;
}
