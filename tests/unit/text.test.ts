/** Content text as blocks (src/lib/text.ts). */
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/lib/text.ts';

describe('content text', () => {
  it('blank lines make paragraphs and "- " lines make a list', () => {
    expect(toBlocks('Eerste\nregel.\n\nTweede.\n- een\n- twee')).toEqual([
      { type: 'p', text: 'Eerste regel.' },
      { type: 'p', text: 'Tweede.' },
      { type: 'ul', items: ['een', 'twee'] },
    ]);
  });
});
