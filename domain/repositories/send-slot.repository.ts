// One rate limit per bot and per number (Telegram's bot and its chats, WhatsApp Cloud's number and its
// pairs), shared by every process through the database (issue 28): a key's row holds the next free moment to send; a sender reserves it (moving it one gap on) and waits until its
// slot comes. Slots are on the database's clock, strictly a gap apart: at most 1000/gap sends in any second,
// however many processes send.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createSendSlotRepository(prisma: PrismaClient) {
  return {
    /**
     * Reserves the next slot on `key`, `gapMs` after the one before and at least `leadMs` from now: when it
     * is, and the database's clock
     * when it answered (both in epoch milliseconds of the database's clock; the caller maps them onto its
     * own clock, so a slow answer does not shift the send).
     */
    async reserve(key: string, gapMs: number, leadMs = 0): Promise<{ slotAt: number; dbNow: number }> {
      const rows = await prisma.$queryRaw<{ slotAt: number; dbNow: number }[]>`
        INSERT INTO "SendSlot" (key, "nextAt") VALUES (${key}, clock_timestamp()::timestamp(3) + (${leadMs}::float8 + ${gapMs}::float8) * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET "nextAt" = GREATEST("SendSlot"."nextAt", clock_timestamp()::timestamp(3) + ${leadMs}::float8 * interval '1 millisecond') + ${gapMs}::float8 * interval '1 millisecond'
        RETURNING (EXTRACT(EPOCH FROM "nextAt") * 1000 - ${gapMs}::float8)::float8 AS "slotAt", (EXTRACT(EPOCH FROM clock_timestamp()::timestamp(3)) * 1000)::float8 AS "dbNow"`;
      const row = rows[0]!;
      return { slotAt: Number(row.slotAt), dbNow: Number(row.dbNow) };
    },

    /**
     * Takes `key` now if its next free moment has come (within `toleranceMs`), moving it `gapMs` on; else
     * says when it comes. One statement, so two processes can never both take it.
     */
    async take(key: string, gapMs: number, toleranceMs: number): Promise<{ taken: boolean; nextAt: number; dbNow: number }> {
      const rows = await prisma.$queryRaw<{ taken: boolean; nextAt: number | null; dbNow: number }[]>`
        WITH t AS (
          INSERT INTO "SendSlot" (key, "nextAt") VALUES (${key}, clock_timestamp()::timestamp(3) + ${gapMs}::float8 * interval '1 millisecond')
          ON CONFLICT (key) DO UPDATE SET "nextAt" = EXCLUDED."nextAt"
            WHERE "SendSlot"."nextAt" <= clock_timestamp()::timestamp(3) + ${toleranceMs}::float8 * interval '1 millisecond'
          RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM t) AS taken,
          (SELECT EXTRACT(EPOCH FROM "nextAt") * 1000 FROM "SendSlot" WHERE key = ${key})::float8 AS "nextAt",
          (EXTRACT(EPOCH FROM clock_timestamp()::timestamp(3)) * 1000)::float8 AS "dbNow"`;
      const row = rows[0]!;
      return { taken: Boolean(row.taken), nextAt: Number(row.nextAt ?? row.dbNow), dbNow: Number(row.dbNow) };
    },

    /** When `key` is next free (epoch ms, database clock), and the database's clock now. */
    async peek(key: string): Promise<{ nextAt: number; dbNow: number }> {
      const rows = await prisma.$queryRaw<{ nextAt: number | null; dbNow: number }[]>`
        SELECT (SELECT EXTRACT(EPOCH FROM "nextAt") * 1000 FROM "SendSlot" WHERE key = ${key})::float8 AS "nextAt",
          (EXTRACT(EPOCH FROM clock_timestamp()::timestamp(3)) * 1000)::float8 AS "dbNow"`;
      const row = rows[0]!;
      return { nextAt: Number(row.nextAt ?? 0), dbNow: Number(row.dbNow) };
    },

    /** The database's clock, in epoch milliseconds (to map slots onto a process's clock). */
    async clock(): Promise<number> {
      const rows = await prisma.$queryRaw<{ dbNow: number }[]>`SELECT (EXTRACT(EPOCH FROM clock_timestamp()::timestamp(3)) * 1000)::float8 AS "dbNow"`;
      return Number(rows[0]!.dbNow);
    },

    /** `key` is next free `ms` from now, whatever it held (the end of a send that held it: its gap starts now). */
    async setNext(key: string, ms: number): Promise<void> {
      await prisma.$executeRaw`
        INSERT INTO "SendSlot" (key, "nextAt") VALUES (${key}, clock_timestamp()::timestamp(3) + ${ms}::float8 * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET "nextAt" = EXCLUDED."nextAt"`;
    },

    /** No slot on `key` before `ms` from now (the platform answered 429: every process waits). */
    async holdOff(key: string, ms: number): Promise<void> {
      await prisma.$executeRaw`
        INSERT INTO "SendSlot" (key, "nextAt") VALUES (${key}, clock_timestamp()::timestamp(3) + ${ms}::float8 * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET "nextAt" = GREATEST("SendSlot"."nextAt", EXCLUDED."nextAt")`;
    },
  };
}

export type SendSlotRepository = ReturnType<typeof createSendSlotRepository>;
