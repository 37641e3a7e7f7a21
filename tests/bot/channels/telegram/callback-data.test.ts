import { describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData } from '../../../../bot/channels/telegram/callback-data.ts';

describe('callback data', () => {
  it('round-trips a value with its menu token, even when the value contains the separator', () => {
    const data = encodeCallbackData('qty|2', 'm7Kq');
    expect(data).toBe('c|m7Kq|qty|2');
    expect(decodeCallbackData(data)).toEqual({ value: 'qty|2', menuToken: 'm7Kq' });
  });

  it('stays within 64 bytes by dropping the token when both do not fit', () => {
    const value = 'x'.repeat(55);
    const data = encodeCallbackData(value, 'T'.repeat(20));
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeCallbackData(data)).toEqual({ value });
  });

  it('refuses a value that cannot fit at all', () => {
    expect(() => encodeCallbackData('é'.repeat(40), 'm1')).toThrow(/too long/);
  });

  it('decodes foreign or broken data to an empty value', () => {
    expect(decodeCallbackData(undefined)).toEqual({ value: '' });
    expect(decodeCallbackData('buy_1')).toEqual({ value: '' });
    expect(decodeCallbackData('c|no-second-bar')).toEqual({ value: '' });
  });
});
