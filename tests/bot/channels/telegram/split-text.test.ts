import { describe, expect, it } from 'vitest';
import { splitText } from '../../../../bot/channels/telegram/split-text.ts';

describe('splitText', () => {
  it('leaves a text within the limit untouched', () => {
    expect(splitText('  Halo  ', 10)).toEqual(['  Halo  ']);
  });

  it('prefers a paragraph break over a later line break or space', () => {
    expect(splitText('aaaaaaaaa\n\nbb\ncc dd', 16)).toEqual(['aaaaaaaaa', 'bb\ncc dd']);
  });

  it('cuts hard when there is no break, never inside an emoji', () => {
    const text = `${'x'.repeat(9)}😀${'y'.repeat(5)}`; // the emoji straddles position 10
    const parts = splitText(text, 10);
    expect(parts).toEqual(['x'.repeat(9), `😀${'y'.repeat(5)}`]);
    expect(parts.join('')).toBe(text);
  });
});
