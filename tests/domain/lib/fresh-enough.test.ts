// /health and /metrics read their database figures through freshEnough: at most one reading per max age
// however many requests come, an old reading answered while a new one is made, a very old one waited for.
import { describe, expect, it } from 'vitest';
import { freshEnough } from '../../../domain/lib/fresh-enough.ts';

function clockAndReader() {
  let time = 0;
  let reads = 0;
  let fail = false;
  return {
    now: () => time,
    advance: (ms: number) => (time += ms),
    failNext: () => (fail = true),
    reads: () => reads,
    read: async () => {
      reads++;
      if (fail) {
        fail = false;
        throw new Error('database down');
      }
      return reads;
    },
  };
}

describe('freshEnough', () => {
  it('reads once for any number of requests within the max age', async () => {
    const c = clockAndReader();
    const figure = freshEnough(c.read, 1_000, c.now);
    const answers = await Promise.all(Array.from({ length: 50 }, () => figure.get()));
    expect(new Set(answers)).toEqual(new Set([1]));
    c.advance(900);
    expect(await figure.get()).toBe(1);
    expect(c.reads()).toBe(1);
  });

  it('answers the last reading while a newer one is made, then the newer one', async () => {
    const c = clockAndReader();
    const figure = freshEnough(c.read, 1_000, c.now);
    await figure.get();
    c.advance(1_500);
    expect(await figure.get()).toBe(1); // old, answered at once; a refresh started
    await new Promise((r) => setTimeout(r, 0));
    expect(await figure.get()).toBe(2);
    expect(c.reads()).toBe(2);
  });

  it('waits for a new reading when the last is very old, and reports a failed reading as such', async () => {
    const c = clockAndReader();
    const figure = freshEnough(c.read, 1_000, c.now);
    await figure.get();
    c.advance(10_000);
    c.failNext();
    await expect(figure.get()).rejects.toThrow('database down');
    // the failure is the figure until it is old: not read again at once
    await expect(figure.get()).rejects.toThrow('database down');
    expect(c.reads()).toBe(2);
    c.advance(10_000);
    expect(await figure.get()).toBe(3);
  });
});
