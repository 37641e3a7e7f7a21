// The Cloud renderer at WhatsApp's limits: 3 buttons / 4 → list, 10 rows / 11 → numbered text in pages,
// button titles 20, row titles 24, descriptions 72, captions 1024; and every part builds into a
// whatsapp-api-js message (whose constructors throw past those limits).
import { describe, expect, it } from 'vitest';
import { ActionButtons, ActionList, Body, Button, Image, Interactive, ListSection, Row, Text } from 'whatsapp-api-js/messages';
import { translator } from '../../../../domain/lib/i18n.ts';
import { decodeChoiceId, renderCloud, type CloudPart } from '../../../../bot/channels/whatsapp-cloud/render.ts';
import { ELLIPSIS, shorten } from '../../../../bot/channels/whatsapp-cloud/shorten.ts';
import type { Option } from '../../../../domain/chat/message.ts';

const t = translator('id');
const options = (n: number, label = (i: number) => `Pilihan ${i}`): Option[] => Array.from({ length: n }, (_, i) => ({ label: label(i + 1), value: `v${i + 1}` }));
const choices = (n: number, label?: (i: number) => string) => renderCloud({ type: 'choices', text: 'Pilih satu', options: options(n, label), menuToken: 'tok1' }, t);

/** builds the library message as the sender does: throws where WhatsApp would refuse */
function build(part: CloudPart) {
  if (part.kind === 'text') return new Text(part.text);
  if (part.kind === 'buttons') {
    const [first, ...rest] = part.buttons.map((b) => new Button(b.id, b.title));
    return new Interactive(new ActionButtons(first!, ...rest), new Body(part.body));
  }
  if (part.kind === 'list') {
    const [first, ...rest] = part.rows.map((r) => new Row(r.id, r.title, r.description));
    return new Interactive(new ActionList(part.button, new ListSection(undefined, first!, ...rest)), new Body(part.body));
  }
  if (part.kind === 'image') return new Image('media-1', true, part.caption);
  return null;
}

describe('shorten', () => {
  it('leaves a text that fits, cuts a longer one at a word boundary with an ellipsis', () => {
    expect(shorten('Kopi Arabika Bajawa 250', 24)).toBe('Kopi Arabika Bajawa 250');
    const cut = shorten('Kopi Arabika Bajawa Premium', 24);
    expect(cut).toBe(`Kopi Arabika Bajawa${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(24);
  });

  it('cuts inside a word only when one word fills the field, and then with an ellipsis', () => {
    const cut = shorten('Supercalifragilisticexpialidocious', 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
  });

  it('never splits an emoji', () => {
    const cut = shorten('🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe(`${'🧺'.repeat(9)}${ELLIPSIS}`);
  });
});

describe('menus by size', () => {
  it('3 choices are reply buttons; 4 are a list', () => {
    const three = choices(3);
    expect(three).toHaveLength(1);
    expect(three[0]!.kind).toBe('buttons');
    expect(choices(4)[0]!.kind).toBe('list');
  });

  it('10 choices are one list; 11 are the numbered text menu, paged by 10 with one numbering', () => {
    const ten = choices(10);
    expect(ten[0]!.kind).toBe('list');
    expect((ten[0] as Extract<CloudPart, { kind: 'list' }>).rows).toHaveLength(10);
    const eleven = choices(11);
    expect(eleven.map((p) => p.kind)).toEqual(['text', 'text']);
    const [first, second] = eleven as Extract<CloudPart, { kind: 'text' }>[];
    expect(first!.text).toContain('Pilih satu');
    expect(first!.text).toContain('10. Pilihan 10');
    expect(first!.text).not.toContain('11.');
    expect(second!.text).toMatch(/^11\. Pilihan 11/);
    expect(second!.text).toContain(t('whatsapp:menu.hint'));
  });

  it('button and row ids carry the value and the menu token back', () => {
    const part = choices(2)[0] as Extract<CloudPart, { kind: 'buttons' }>;
    expect(decodeChoiceId(part.buttons[1]!.id)).toEqual({ value: 'v2', menuToken: 'tok1' });
    expect(decodeChoiceId('something else')).toEqual({ value: '' });
  });
});

describe('field limits at their edges', () => {
  it('button titles: 20 characters kept, 21 shortened to at most 20', () => {
    const twenty = 'Kopi Arabika Ngada 1'; // 20
    const twentyOne = 'Kopi Arabika Ngada 12'; // 21
    expect(twenty).toHaveLength(20);
    const part = renderCloud({ type: 'choices', text: 'x', options: [{ label: twenty, value: 'a' }, { label: twentyOne, value: 'b' }] }, t)[0] as Extract<CloudPart, { kind: 'buttons' }>;
    expect(part.buttons[0]!.title).toBe(twenty);
    expect(part.buttons[1]!.title.length).toBeLessThanOrEqual(20);
    expect(part.buttons[1]!.title.endsWith(ELLIPSIS)).toBe(true);
    expect(() => build(part)).not.toThrow();
  });

  it('row titles 24 kept; 25 shortened with the whole label as description; descriptions 72 kept, 73 shortened', () => {
    const label24 = 'Tenun Ikat Sumba Timur 1'; // 24
    const label25 = 'Tenun Ikat Sumba Timur 12'; // 25
    const label72 = `${'Selendang '.repeat(7)}ab`; // 72
    const label73 = `${'Selendang '.repeat(7)}abc`; // 73
    expect([label24.length, label25.length, label72.length, label73.length]).toEqual([24, 25, 72, 73]);
    const opts = [label24, label25, label72, label73].map((label, i) => ({ label, value: `r${i}` }));
    const list = renderCloud({ type: 'choices', text: 'x', options: opts }, t)[0] as Extract<CloudPart, { kind: 'list' }>;
    expect(list.rows[0]).toEqual({ id: expect.any(String), title: label24 });
    expect(list.rows[1]!.title.length).toBeLessThanOrEqual(24);
    expect(list.rows[1]!.description).toBe(label25);
    expect(list.rows[2]!.description).toBe(label72);
    expect(list.rows[3]!.description!.length).toBeLessThanOrEqual(72);
    expect(list.rows[3]!.description!.endsWith(ELLIPSIS)).toBe(true);
    expect(() => build(list)).not.toThrow();
  });

  it('captions: 1024 on the image; 1025 goes as text after an image without caption', () => {
    const media = { mediaId: 'm1' };
    const fits = renderCloud({ type: 'photo', media, caption: 'a'.repeat(1024) }, t);
    expect(fits).toEqual([{ kind: 'image', media, caption: 'a'.repeat(1024) }]);
    const long = renderCloud({ type: 'photo', media, caption: 'b'.repeat(1025) }, t);
    expect(long[0]).toEqual({ kind: 'image', media });
    expect(long[1]).toEqual({ kind: 'text', text: 'b'.repeat(1025) });
    for (const part of [...fits, ...long]) expect(() => build(part)).not.toThrow();
  });

  it('a question over 1024 characters goes first as text, the buttons carry a short prompt', () => {
    const parts = renderCloud({ type: 'choices', text: 'q'.repeat(1025), options: options(2) }, t);
    expect(parts.map((p) => p.kind)).toEqual(['text', 'buttons']);
    expect((parts[1] as Extract<CloudPart, { kind: 'buttons' }>).body).toBe(t('whatsapp-cloud:menu.choose'));
    const exact = renderCloud({ type: 'choices', text: 'q'.repeat(1024), options: options(2) }, t);
    expect(exact.map((p) => p.kind)).toEqual(['buttons']);
    for (const part of [...parts, ...exact]) expect(() => build(part)).not.toThrow();
  });

  it('a photo with options is the image and then its menu', () => {
    const parts = renderCloud({ type: 'photo', media: { mediaId: 'm' }, caption: 'Kopi', options: options(5), menuToken: 'tk' }, t);
    expect(parts.map((p) => p.kind)).toEqual(['image', 'list']);
  });
});
