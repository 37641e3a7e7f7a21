// The API's Idempotency-Key records, shared by every process through the database (issue 28): a retry that
// a load balancer sends to another process finds the first answer there too. A row is a "slot" (caller, path
// and key), the fingerprint of the first request's body, and, once that request succeeded, its answer.
// While the first request runs, the row has no answer and a short lease (expiresAt): a process killed
// mid-request leaves a row that the next request with the key takes over once the lease has run out.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';

export interface IdempotentAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

export type IdempotencyBegin =
  /** this request owns the key: run it, then complete() or release() with this lease */
  | { state: 'new'; lease: Date }
  /** the key was first used with another request body */
  | { state: 'mismatch' }
  /** the first request with the key is still running (in this process or another) */
  | { state: 'running' }
  | { state: 'done'; answer: IdempotentAnswer };

export function createIdempotencyRepository(prisma: PrismaClient) {
  return {
    /**
     * Claims `slot` for a request with `fingerprint` until `lease`, or says what the slot holds. A row whose
     * expiresAt has passed (an answer older than its time to live, a lease its process did not finish) is
     * taken over. Each step is one statement, so two processes can never both own a slot.
     */
    async begin(slot: string, fingerprint: string, now: Date, lease: Date): Promise<IdempotencyBegin> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const created = await prisma.idempotencyRecord.createMany({ data: [{ slot, fingerprint, expiresAt: lease, createdAt: now }], skipDuplicates: true });
        if (created.count === 1) return { state: 'new', lease };
        const taken = await prisma.idempotencyRecord.updateMany({
          where: { slot, expiresAt: { lte: now } },
          data: { fingerprint, status: null, headers: Prisma.DbNull, body: null, expiresAt: lease, createdAt: now },
        });
        if (taken.count === 1) return { state: 'new', lease };
        const row = await prisma.idempotencyRecord.findUnique({ where: { slot } });
        // swept between the two statements: try again
        if (!row) continue;
        if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
        if (row.status === null || row.body === null) return { state: 'running' };
        return { state: 'done', answer: { status: row.status, headers: (row.headers ?? []) as [string, string][], body: row.body } };
      }
      return { state: 'running' };
    },

    /** Keeps the answer until `expiresAt`, if the slot is still held under `lease` (else nothing). */
    async complete(slot: string, lease: Date, answer: IdempotentAnswer, expiresAt: Date): Promise<boolean> {
      const done = await prisma.idempotencyRecord.updateMany({
        where: { slot, expiresAt: lease, status: null },
        data: { status: answer.status, headers: answer.headers, body: answer.body as Uint8Array<ArrayBuffer>, expiresAt },
      });
      return done.count === 1;
    },

    /** Lets the slot go (the request failed: the client may retry with the same key). */
    async release(slot: string, lease: Date): Promise<void> {
      await prisma.idempotencyRecord.deleteMany({ where: { slot, expiresAt: lease, status: null } });
    },

    /** Deletes rows that expired before `now` (a scheduled job): how many. */
    async sweep(now: Date): Promise<number> {
      return (await prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
