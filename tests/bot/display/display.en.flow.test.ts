// The display network in English: an admin pages through all points and places a product at Tenau port,
// adds staff with "/staff"; staff see "Record sale" (buyers do not), record through it, with "/sell" from
// inside another step and at the menu; refusals leave the shelf as it was; a buyer's "sell ..." is a search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { chatUser, createDisplayHarness, onHandOf } from './display-harness.ts';

let h: ChatHarness;
beforeAll(async () => {
  ({ h } = await createDisplayHarness());
  await chatUser(h, 'admin', { role: 'ADMIN', lang: 'en' });
  await chatUser(h, 'clerk', { lang: 'en', phone: '6281355500002' });
  await chatUser(h, 'visitor', { lang: 'en' });
});
afterAll(() => h.close());

describe('display network in chat (en)', () => {
  it('an admin pages through every point and places a product at Tenau port for 90 days', async () => {
    await h.say('admin', 'menu');
    const first = textOf(await h.tap('admin', 'Display points'));
    expect(first).toContain('Pick a display point (18 points)');
    const second = textOf(await h.tap('admin', 'Next'));
    expect(second).toContain('Previous');
    expect(textOf(await h.say('admin', 'XYZ'))).toContain('Point "XYZ" is not in your list');
    const card = textOf(await h.say('admin', 'pel-tenau'));
    expect(card).toContain('Pelabuhan Tenau (PEL-TENAU)');
    expect(card).toContain('Port · Kupang');
    expect(card).toContain('No products on display yet');
    await h.tap('admin', 'Place a product');
    expect(textOf(await h.say('admin', 'KBJ01'))).toContain('How many units of Bajawa Arabica Coffee 250 g (KBJ01)');
    await h.say('admin', '4');
    expect(textOf(await h.say('admin', 'someday'))).toContain('Could not read that');
    const done = textOf(await h.tap('admin', '90 days'));
    expect(done).toContain('4 × Kopi Arabika Bajawa 250 g (KBJ01) on display at Pelabuhan Tenau');
    expect(await onHandOf(h, 'PEL-TENAU', 'KBJ01')).toBe(4);
  });

  it('"/staff" adds a clerk; the clerk sees "Record sale", a buyer does not', async () => {
    expect(textOf(await h.send('admin', { type: 'command', command: 'staff', args: '' }))).toContain('Pick a display point');
    expect(textOf(await h.say('admin', 'PEL-TENAU'))).toContain('Who works at Pelabuhan Tenau?');
    expect(textOf(await h.say('admin', '+62 813-5550-0002'))).toContain('clerk now works at Pelabuhan Tenau');
    expect(textOf(await h.say('clerk', 'menu'))).toContain('Record sale');
    expect(textOf(await h.say('visitor', 'menu'))).not.toContain('Record sale');
    // the clerk was told how to record (rendered in their language at delivery)
    const note = await h.db.prisma.notification.findFirstOrThrow({ where: { template: 'display:notify.staffAdded' } });
    expect(note.params).toMatchObject({ pointCode: 'PEL-TENAU' });
  });

  it('the clerk records through "Record sale", with /sell from inside a step and "sell" at the menu; too many is refused', async () => {
    await h.say('clerk', 'menu');
    const shelf = textOf(await h.tap('clerk', 'Record sale'));
    expect(shelf).toContain('Pelabuhan Tenau: which product sold?');
    await h.tap('clerk', 'KBJ01');
    expect(textOf(await h.say('clerk', 'two'))).toContain('whole number');
    const sold = textOf(await h.say('clerk', '2'));
    expect(sold).toContain('Sold 2 × Kopi Arabika Bajawa 250 g (KBJ01) at Pelabuhan Tenau. On the shelf: 2.');
    expect(sold).toContain('KBJ01), 2 left'); // back at the shelf list
    // a command from inside the step: answered there, the step stays
    expect(textOf(await h.send('clerk', { type: 'command', command: 'sell', args: 'KBJ01 1' }))).toContain('On the shelf: 1.');
    expect(textOf(await h.send('clerk', { type: 'command', command: 'sell', args: 'KBJ01' }))).toContain('To record');
    await h.tap('clerk', 'Done');
    expect(textOf(await h.say('clerk', 'sell KBJ01 5'))).toContain('holds 1 × Kopi Arabika Bajawa 250 g (KBJ01), fewer than 5');
    expect(textOf(await h.say('clerk', 'sell KBJ01 1 KOE'))).toContain('You do not work at Bandara El Tari');
    expect(await onHandOf(h, 'PEL-TENAU', 'KBJ01')).toBe(1);
    expect(await h.db.prisma.placementSale.count()).toBe(2);
  });

  it('a buyer typing "sell KBJ01 2" searches instead; the report for another month is empty', async () => {
    const replies = textOf(await h.say('visitor', 'sell KBJ01 2'));
    expect(replies).not.toContain('Sold');
    expect(await h.db.prisma.placementSale.count()).toBe(2);

    await h.say('admin', 'menu');
    await h.tap('admin', 'Display points');
    await h.say('admin', 'PEL-TENAU');
    await h.tap('admin', 'Monthly report');
    expect(textOf(await h.say('admin', '2026-13'))).toContain('YYYY-MM');
    const empty = textOf(await h.say('admin', '2020-01'));
    expect(empty).toContain('Pelabuhan Tenau (PEL-TENAU), 2020-01');
    expect(empty).toContain('Sold at the point: 0 (Rp0)');
    const now = textOf(await h.tap('admin', 'Another month').then(() => h.tap('admin', 'This month')));
    expect(now).toContain('Sold at the point: 3 (Rp255.000)');
  });
});
