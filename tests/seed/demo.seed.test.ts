import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../domain/db/database.ts';
import { witaMonth } from '../../domain/lib/time.ts';
import { createMediaStore, type MediaStore } from '../../domain/media/media-store.ts';
import { seedDemo, type DemoSeedCounts } from '../../prisma/seed/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let db: Database;
let dataDir: string;
let store: MediaStore;
let first: DemoSeedCounts;
// 23:30 UTC on 31 January is already 1 February in WITA: flagships must follow the WITA month
const now = new Date('2027-01-31T23:30:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'etalase-seed-'));
  store = createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 });
  first = await seedDemo(db.prisma, store, { now });
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function counts() {
  const p = db.prisma;
  return {
    users: await p.user.count(),
    identities: await p.channelIdentity.count(),
    producers: await p.producer.count(),
    products: await p.product.count(),
    photos: await p.productPhoto.count(),
    media: await p.media.count(),
    flagships: await p.flagshipDesignation.count(),
    cases: await p.licensingCase.count(),
    curatorRegions: await p.curatorRegion.count(),
  };
}

describe('seedDemo', () => {
  it('creates a dozen producers across regencies, each playable on the console', async () => {
    expect(first.producers).toBeGreaterThanOrEqual(12);
    const producers = await db.prisma.producer.findMany({ include: { user: { include: { identities: true } }, products: true } });
    expect(producers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(producers.map((p) => p.regionCode)).size).toBeGreaterThanOrEqual(10);
    for (const p of producers) {
      expect(p.user.role).toBe('PRODUCER');
      expect(p.user.language).toBe('id');
      expect(p.user.onboardedAt).not.toBeNull();
      expect(p.products.length).toBeGreaterThanOrEqual(1);
      expect(p.bankAccount).toMatch(/^\d+$/);
      const console = p.user.identities.find((i) => i.channel === 'CONSOLE');
      expect(console?.externalId).toMatch(/^demo-/);
      expect(console?.chatId).toBe(console?.externalId);
    }
    const bajawa = await db.prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel: 'CONSOLE', externalId: 'demo-bajawa' } }, include: { user: { include: { producer: true } } } });
    expect(bajawa?.user.producer).toMatchObject({ regionCode: '53.09', allowsCashOnPickup: true });
    expect(producers.some((p) => !p.allowsCashOnPickup)).toBe(true);
  });

  it('creates the curator for Ngada and Manggarai, the admin and the buyer', async () => {
    const byConsole = async (externalId: string) =>
      (await db.prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel: 'CONSOLE', externalId } }, include: { user: { include: { curatorOf: true } } } }))?.user;
    const curator = await byConsole('demo-kurator');
    expect(curator?.role).toBe('CURATOR');
    expect(curator?.curatorOf.map((c) => c.regionCode).sort()).toEqual(['53.09', '53.10']);
    expect((await byConsole('demo-admin'))?.role).toBe('ADMIN');
    expect((await byConsole('demo-buyer'))?.role).toBe('BUYER');
  });

  it('creates products with bilingual texts, codes, slugs, search text and the right statuses', async () => {
    const products = await db.prisma.product.findMany({ include: { category: true } });
    expect(products.length).toBeGreaterThanOrEqual(12);
    const byStatus = (s: string) => products.filter((p) => p.status === s);
    expect(byStatus('SUBMITTED')).toHaveLength(2);
    expect(byStatus('DRAFT')).toHaveLength(1);
    expect(byStatus('APPROVED').length).toBe(products.length - 3);
    for (const p of products) {
      expect(p.code).toMatch(/^[A-Z0-9]{4,6}$/);
      expect(p.slug.endsWith(`-${p.code.toLowerCase()}`)).toBe(true);
      expect(p.slug).toMatch(/^[a-z0-9-]+$/);
      expect(p.nameEn).toBeTruthy();
      expect(p.descriptionEn).toBeTruthy();
      expect(Number.isInteger(p.priceIdr) && p.priceIdr > 0).toBe(true);
      expect(p.searchText).toMatch(/^[a-z0-9 ]+$/);
      expect(p.searchText).toContain(p.category.nameEn.toLowerCase().split(' ')[0]);
      expect(p.approvedAt !== null).toBe(p.status === 'APPROVED');
    }
    const kbj = products.find((p) => p.code === 'KBJ01');
    expect(kbj?.searchText).toContain('kopi arabika flores bajawa');
    expect(kbj?.searchText).toContain('ngada');
    const sei = products.find((p) => p.code === 'SSK01');
    expect(sei?.searchText).toContain('se i sapi');
  });

  it('stores 1–2 generated pictures per product on disk, with thumbnails', async () => {
    const products = await db.prisma.product.findMany({ include: { photos: { include: { media: true }, orderBy: { position: 'asc' } } } });
    expect(first.photos).toBe(products.reduce((n, p) => n + p.photos.length, 0));
    for (const p of products) {
      expect(p.photos.length).toBeGreaterThanOrEqual(1);
      expect(p.photos.length).toBeLessThanOrEqual(2);
      expect(p.photos.map((ph) => ph.position)).toEqual(p.photos.map((_, i) => i));
      for (const ph of p.photos) {
        expect(ph.media.kind).toBe('demo');
        expect(existsSync(path.join(store.root, ph.media.path))).toBe(true);
        expect(existsSync(path.join(store.root, ph.media.thumbPath ?? 'missing'))).toBe(true);
      }
    }
    const one = products[0]?.photos[0]?.media;
    const meta = await sharp(await store.read(one?.path ?? '')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 900]);
  });

  it('designates 3–4 flagships of the WITA month in different regencies, by the admin', async () => {
    expect(witaMonth(now)).toBe('2027-02');
    const flagships = await db.prisma.flagshipDesignation.findMany({ include: { product: { include: { producer: true } } } });
    expect(flagships.length).toBeGreaterThanOrEqual(3);
    expect(flagships.length).toBeLessThanOrEqual(4);
    expect(new Set(flagships.map((f) => f.regionCode)).size).toBe(flagships.length);
    for (const f of flagships) {
      expect(f.month).toBe('2027-02');
      expect(f.designatedById).toBe('demo-user-admin');
      expect(f.product.status).toBe('APPROVED');
      expect(f.regionCode).toBe(f.product.producer.regionCode);
    }
  });

  it('opens licensing cases: halal and SPP-IRT issued and verified, BPOM in progress', async () => {
    const cases = await db.prisma.licensingCase.findMany();
    const halal = cases.find((c) => c.type === 'HALAL_SELF_DECLARE');
    expect(halal).toMatchObject({ status: 'ISSUED', verified: true });
    expect(halal?.certificateNumber).toMatch(/^ID53\d{18}$/);
    expect(halal?.expiresAt?.getTime()).toBeGreaterThan(halal?.issuedAt?.getTime() ?? Infinity);
    const pirt = cases.find((c) => c.type === 'SPP_IRT');
    expect(pirt).toMatchObject({ status: 'ISSUED', verified: true });
    expect(pirt?.certificateNumber).toMatch(/^\d{15}$/);
    expect(cases.find((c) => c.type === 'BPOM_MD')).toMatchObject({ status: 'IN_PROGRESS', verified: false, certificateNumber: null });
  });

  it('runs a second time without creating anything', async () => {
    const before = await counts();
    const second = await seedDemo(db.prisma, store, { now });
    expect(second).toEqual({ users: 0, producers: 0, products: 0, photos: 0, flagships: 0, licensingCases: 0 });
    expect(await counts()).toEqual(before);
  });

  it('in a new month only adds that month\'s flagships', async () => {
    const before = await counts();
    const next = await seedDemo(db.prisma, store, { now: new Date('2027-03-10T02:00:00Z') });
    expect(next.flagships).toBe(first.flagships);
    expect(await counts()).toEqual({ ...before, flagships: before.flagships * 2 });
  });
});
