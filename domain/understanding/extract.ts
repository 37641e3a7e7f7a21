// Several answers in one message: a step that asks one thing takes everything else the line says. Every
// parser reads the whole line and returns spans (numbers.ts, entities.ts, places.ts); what is left between
// them, split at the label words of locales/<lang>/lexicon.json ("stok", "berat", "nama", "alamat", …),
// gives the free-text fields, taken verbatim from the original (names keep their capitals).
//   "dinda pratiwi 081311223344 jl. kemang raya no 5 jaksel 12730" → name, phone, street, city, province, postcode
//   "madu hutan 150rb sebotol stok 30 berat 7 ons"                   → product name, price + unit, stock, weight
//   "nama saya Yohanes Lado, usaha Madu Hutan Lado"                   → owner name, business name
import { findPhones, findPostcodes, type Phone } from './entities.ts';
import { lexicon, type Lang, type SlotLabel } from './lexicon.ts';
import { normalise, type Normalised } from './normalise.ts';
import { parseAmounts, withoutSpans, type Amount } from './numbers.ts';
import { resolvePlace, type Area, type PlaceResolution } from './places.ts';

type SpanLike = { start: number; end: number };

/** Positions (in normalised tokens) where a label phrase of `label` starts, with its length in tokens. */
function labelsIn(n: Normalised, label: SlotLabel): { at: number; len: number }[] {
  const phrases = [...lexicon(n.lang).slots.get(label)!, ...(n.lang === 'id' ? [] : lexicon('id').slots.get(label)!)].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  const out: { at: number; len: number }[] = [];
  for (let i = 0; i < n.tokens.length; i++) {
    const word = (k: number) => n.tokens[i + k]?.norm;
    const place = (k: number) => lexicon('id').placeWords.get(word(k) ?? '');
    const hit = phrases.find((p) => p.every((w, k) => word(k) === w || place(k) === w));
    if (hit) {
      out.push({ at: i, len: hit.length });
      i += hit.length - 1;
    }
  }
  return out;
}

/** The original text of the tokens [from, to) that lie outside every span, trimmed of separators. */
function textBetween(n: Normalised, from: number, to: number, taken: SpanLike[]): string {
  const toks = n.tokens.slice(from, to).filter((t) => !taken.some((s) => t.start < s.end && s.start < t.end));
  if (!toks.length) return '';
  return n.original
    .slice(toks[0]!.start, toks.at(-1)!.end)
    .replace(/^[\s,.;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
}

const firstTokenAt = (n: Normalised, offset: number) => {
  const i = n.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? n.tokens.length : i;
};

/** "udh diatas", "kirim ke": everyday words, not a name (a name has at least one word the lexicon does not know). */
function allCommonWords(text: string, lang: Lang): boolean {
  const vocab = lexicon(lang).vocabulary;
  return normalise(text, lang).tokens.every((t) => vocab.has(t.norm) || lexicon(lang).words.has(t.norm));
}

// ── checkout: one line of address ────────────────────────────────────────────────────────────────────
export interface AddressSlots {
  name?: string;
  phone?: Phone;
  street?: string;
  regency?: Area;
  province?: Area;
  /** "bekasi": the city or the regency */
  cityOptions?: Area[];
  postcode?: string;
}

export function extractAddress(text: string, lang: Lang = 'id'): AddressSlots {
  const out: AddressSlots = {};
  const n = normalise(text, lang);
  const taken: SpanLike[] = [];
  const phone = findPhones(text)[0];
  if (phone) {
    out.phone = phone;
    taken.push(phone);
  }
  const codes = findPostcodes(withoutSpans(text, taken));
  const code = codes.find((c) => c.marked) ?? codes.at(-1);
  if (code) {
    out.postcode = code.code;
    taken.push({ start: code.start - (code.marked ? 0 : 0), end: code.end });
  }
  const streetAt = labelsIn(n, 'street')[0];
  // the place is read from what follows the street's house number, or from the whole line when there is no street
  const place = resolvePlace(withoutSpans(text, taken), { scope: 'indonesia', lang });
  const placeSpans = place ? place.spans.filter((s) => !streetAt || s.start >= (n.tokens[streetAt.at + streetAt.len]?.end ?? 0)) : [];
  if (place && placeSpans.length) {
    if (place.ambiguous?.level === 'regency') out.cityOptions = place.ambiguous.options;
    else if (place.regency) out.regency = place.regency;
    if (place.province && !place.ambiguous) out.province = place.province;
    else if (place.province && place.named.includes('province')) out.province = place.province;
    taken.push(...placeSpans);
  }
  // labels of a postcode or a city are not part of the street
  const labelSpans = (['postcode', 'city', 'phone'] as SlotLabel[]).flatMap((l) => labelsIn(n, l)).map((l) => ({ start: n.tokens[l.at]!.start, end: n.tokens[l.at + l.len - 1]!.end }));
  const boundaries = [...taken].sort((a, b) => a.start - b.start);
  if (streetAt) {
    const startTok = streetAt.at;
    const after = boundaries.find((b) => b.start > n.tokens[startTok]!.start);
    const endTok = after ? firstTokenAt(n, after.start) : n.tokens.length;
    out.street = textBetween(n, startTok, endTok, [...taken, ...labelSpans]);
  }
  // "a.n. Rina", "atas nama Rina", "u.p. Rina": the recipient named anywhere in the line
  const attn = /(?:^|[\s,])(?:a\.?\s?n\.?|atas nama|u\.?p\.?|attn\.?|recipient:?|penerima:?)\s+([\p{L}][\p{L}.'’ -]{1,59}?)(?=\s*(?:[,;(]|$|\d|\+))/iu.exec(text);
  if (attn && !out.name) {
    out.name = attn[1]!.trim();
    const at = attn.index + attn[0].length;
    taken.push({ start: attn.index, end: at });
  }
  const nameLabel = labelsIn(n, 'name').find((l) => !streetAt || l.at < streetAt.at || l.at > streetAt.at);
  const firstEntity = Math.min(...boundaries.map((b) => b.start), streetAt ? n.tokens[streetAt.at]!.start : Infinity);
  if (out.name) {
    // named by "a.n."
  } else if (nameLabel && n.tokens[nameLabel.at]!.start >= firstEntity) {
    const after = boundaries.find((b) => b.start > n.tokens[nameLabel.at]!.start);
    out.name = textBetween(n, nameLabel.at + nameLabel.len, after ? firstTokenAt(n, after.start) : n.tokens.length, taken) || undefined;
  } else {
    const from = nameLabel && nameLabel.at === 0 ? nameLabel.len : 0;
    const before = textBetween(n, from, firstTokenAt(n, firstEntity), [...taken, ...labelSpans]);
    // "Toko Sumber Rejeki, Bp. Hendra": the part nearest the phone or street is the person
    const name = before.split(/\s*[,;]\s*/).filter(Boolean).at(-1) ?? '';
    if (name && /^[\p{L}][\p{L}\s.'’-]{1,59}$/u.test(name) && name.split(/\s+/).length <= 5 && !allCommonWords(name, lang)) out.name = name;
  }
  if (!out.name) delete out.name;
  return out;
}

// ── a product in one line ────────────────────────────────────────────────────────────────────────────
export interface ListingSlots {
  name?: string;
  price?: Amount;
  /** the unit the price is for ("sebotol", "/kg", "per lembar") or of the stock ("stok 30 botol") */
  unit?: string;
  stock?: Amount;
  weight?: Amount;
  /** amounts no label claimed */
  other: Amount[];
}

const GRAMS_PER: Record<string, number> = { kg: 1000, gram: 1, ons: 100 };

function labelBefore(n: Normalised, offset: number, label: SlotLabel): boolean {
  const i = firstTokenAt(n, offset);
  return labelsIn(n, label).some((l) => l.at + l.len === i || l.at + l.len === i - 1);
}

export function extractListing(text: string, lang: Lang = 'id'): ListingSlots {
  const n = normalise(text, lang);
  const out: ListingSlots = { other: [] };
  const amounts = parseAmounts(text, lang);
  for (const a of amounts) {
    if (a.kind === 'money' && !out.price) {
      out.price = a;
      if (a.perUnit) out.unit = a.perUnit;
    } else if (a.kind === 'weight' && labelBefore(n, a.start, 'stock') && !out.stock && out.unit && GRAMS_PER[out.unit]) {
      // "50 ribu sekilo, ada 20 kg": the stock counted in the unit the price is for
      out.stock = { ...a, kind: 'quantity', value: a.value / GRAMS_PER[out.unit]!, unit: out.unit };
    } else if (a.kind === 'weight' && !out.weight) out.weight = a;
    else if ((a.kind === 'number' || a.kind === 'quantity') && labelBefore(n, a.start, 'stock') && !out.stock) {
      out.stock = a;
      if (a.unit && !out.unit) out.unit = a.unit;
    } else if (a.kind === 'number' && labelBefore(n, a.start, 'price') && !out.price) out.price = { ...a, kind: 'money', unit: 'IDR' };
    else out.other.push(a);
  }
  // a label counts where an amount follows it ("stok 30"), not in "saya mau jual madu"
  const amountNear = (tok: number) => amounts.some((a) => firstTokenAt(n, a.start) - tok >= 1 && firstTokenAt(n, a.start) - tok <= 2);
  const labelStarts = (['stock', 'weight', 'price'] as SlotLabel[]).flatMap((l) => labelsIn(n, l)).filter((l) => l.at > 0 && amountNear(l.at));
  const first = Math.min(...amounts.map((a) => a.start), ...labelStarts.map((l) => n.tokens[l.at]!.start));
  // the name: the words before the first amount or label, after "saya mau jual", "I want to sell"
  const intro = new Set([...lexicon(lang).slots.get('intro')!, ...lexicon('id').slots.get('intro')!]);
  let from = 0;
  while (from < n.tokens.length && intro.has(n.tokens[from]!.norm) && n.tokens[from]!.start < first) from++;
  const name = textBetween(n, from, firstTokenAt(n, first), []);
  if (name && /\p{L}/u.test(name)) out.name = name;
  return out;
}

// ── registration: who and which business ─────────────────────────────────────────────────────────────
export interface RegistrationSlots {
  ownerName?: string;
  businessName?: string;
  place?: PlaceResolution;
  phone?: Phone;
}

/** Words of a business label that belong to the name ("Kelompok Tenun Lewa"), not only announce it ("usaha …"). */
const NAME_PART_LABELS = new Set(['kelompok', 'koperasi', 'toko', 'ukm', 'umkm', 'group', 'cooperative', 'shop', 'store']);

export function extractRegistration(text: string, lang: Lang = 'id'): RegistrationSlots {
  const out: RegistrationSlots = {};
  const n = normalise(text, lang);
  const taken: SpanLike[] = [];
  const phone = findPhones(text)[0];
  if (phone) {
    out.phone = phone;
    taken.push(phone);
  }
  const place = resolvePlace(withoutSpans(text, taken), { scope: 'ntt', lang });
  // a place counts when announced ("desa …", "di …", "dari …") or when two levels agree ("kambera sumtim");
  // a single place word at the end of a business name ("Tenun Ikat Sinar Lewa") is part of the name
  const announced = place?.spans.some((s) => /(?:^|\s)(di|dari|from|in|at|desa|ds|kel|kec|kab|kabupaten|kecamatan|kelurahan|kota)\.?\s*$/i.test(text.slice(0, s.start)) || /[,;/]\s*$/.test(text.slice(0, s.start)));
  if (place && (place.regency || place.district || place.village) && !place.spans.some((s) => s.start === 0) && (announced || place.named.length >= 2)) {
    out.place = place;
    taken.push(...place.spans);
  }
  const placeFrom = Math.min(...taken.map((s) => s.start));
  const end = Number.isFinite(placeFrom) ? firstTokenAt(n, placeFrom) : n.tokens.length;
  const business = labelsIn(n, 'business').find((l) => l.at < end);
  const nameLabel = labelsIn(n, 'name').find((l) => l.at < (business?.at ?? end));
  const nameFrom = nameLabel && nameLabel.at <= 1 ? nameLabel.at + nameLabel.len : 0;
  if (business) {
    out.ownerName = textBetween(n, nameFrom, business.at, taken) || undefined;
    const keep = NAME_PART_LABELS.has(n.tokens[business.at]!.norm);
    out.businessName = textBetween(n, keep ? business.at : business.at + business.len, end, taken) || undefined;
  } else {
    // "Yohanes Lado, Madu Hutan Lado": a comma between the two
    const part = textBetween(n, nameFrom, end, taken);
    const [who, biz] = part.split(/\s*[,;/]\s*|\s+-\s+/, 2);
    out.ownerName = who || undefined;
    if (biz) out.businessName = biz;
  }
  for (const k of ['ownerName', 'businessName'] as const) {
    out[k] = out[k]?.replace(/\s+(di|dari|from|in|at)$/i, '').trim();
    if (!out[k] || !/\p{L}/u.test(out[k]!)) delete out[k];
  }
  return out;
}
