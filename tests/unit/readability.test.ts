import { describe, expect, it } from 'vitest';
import { fleschDouma, syllables } from '../../src/lib/readability.ts';

describe('readability (Flesch-Douma)', () => {
  it('counts Dutch syllables with Dutch hyphenation', () => {
    expect(syllables('gemeente')).toBe(3);
    expect(syllables('inburgeringsplicht')).toBe(5);
    expect(syllables('zorgverzekering')).toBe(5);
    expect(syllables('even')).toBe(2);
    expect(syllables('geïnteresseerd')).toBe(5);
    expect(syllables('huis')).toBe(1);
    expect(syllables('de')).toBe(1);
  });

  it('scores known sentences: 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    // "De kat zit op de mat." 6 words, 6 syllables, 1 sentence: 206.835 − 5.58 − 77 = 124.3
    expect(fleschDouma('De kat zit op de mat.')).toEqual({ sentences: 1, words: 6, syllables: 6, score: 124.3 });
    // 2 sentences, 8 words; syllables: u(1) vraagt(1) de(1) zorg·toe·slag(3) aan(1) + de(1) ge·meen·te(3) helpt(1) = 12
    // 206.835 − 0.93 × 4 − 77 × 1.5 = 87.6
    expect(fleschDouma('U vraagt de zorgtoeslag aan. De gemeente helpt!')).toEqual({
      sentences: 2,
      words: 8,
      syllables: 12,
      score: 87.6,
    });
  });

  it('a long sentence of long words scores lower than short ones', () => {
    const hard = fleschDouma(
      'Inburgeringsplichtige vergunninghouders ontvangen een beschikking van de Dienst Uitvoering Onderwijs.',
    );
    const easy = fleschDouma('U moet inburgeren. U krijgt een brief van DUO.');
    expect(hard.score).toBeLessThan(20);
    expect(easy.score).toBeGreaterThan(80);
    expect(fleschDouma('')).toEqual({ sentences: 0, words: 0, syllables: 0, score: 0 });
  });
});

describe('plain text of a guide body', () => {
  it('keeps the words a reader sees and drops marks, cards and frontmatter', async () => {
    const { plainText, longestSentence } = await import('../../src/lib/readability.ts');
    const mdx =
      '---\ntitle: x\n---\n\n## Wat eerst?\n\n<Stappen>\n1. **Schrijf u in.** Bel <Telefoon nummer="112" />.\n</Stappen>\n<Dienst id="huisarts" />\nLees de [brief](https://x.nl) van <Woord id="bsn">BSN</Woord>.';
    expect(plainText(mdx).split('\n').filter(Boolean)).toEqual([
      'Wat eerst?',
      'Schrijf u in. Bel 112.',
      'Lees de brief van BSN.',
    ]);
    expect(longestSentence('Kort. Dit is de langste zin hier. Ook kort.')).toBe('Dit is de langste zin hier.');
  });
});
