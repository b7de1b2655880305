import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonNameWeight,
  nameSimilarity,
  nameTokens,
  similarNameThreshold,
  skeletonKey,
} from '../../../../shared/names';

const anyName = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    'Mohamed Ould Abdallahi',
    'محمد ولد عبد الله',
    'Ousmane Diallo',
    'ገብረ ማርያም',
    'Aïssatou Bâ',
    'El Hadj Omar Tall',
  ),
);

describe('nameSimilarity', () => {
  it('is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        const ab = nameSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(ab, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('is 1 for the same name with at least one token', () => {
    fc.assert(
      fc.property(anyName, (a) => {
        fc.pre(nameTokens(a).length > 0);
        expect(nameSimilarity(a, a)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('rates the DOMAIN.md spellings of one man as the same name', () => {
    const spellings = ['Mohamed Ould Abdallahi', 'Muhammad wuld Abd Allah', 'محمد ولد عبد الله'];
    for (const a of spellings) {
      for (const b of spellings) expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('keeps Ousmane Diallo and Oumar Diallo, two people, below the threshold', () => {
    expect(nameSimilarity('Ousmane Diallo', 'Oumar Diallo')).toBeLessThan(similarNameThreshold);
    expect(nameSimilarity('Moussa Traoré', 'Mariam Traoré')).toBeLessThan(similarNameThreshold);
  });

  it('rates spelling variants, diacritics, honorifics and order as the same name', () => {
    const same: [string, string][] = [
      ['Aminata Traoré', 'AMINATA TRAORE'],
      ['Ousmane Diallo', 'Usman Diallo'],
      ['Ibrahima Sow', 'Ibrahim Sow'],
      ['Ali Ahmed', 'Ahmed Ali'],
      ['El Hadj Omar Tall', 'Omar Tall'],
      ['Gebre Mariam Tesfaye', 'ገብረ ማርያም ተስፋዬ'],
      ['Khadija Ba', 'Kadiatou Bah'],
    ];
    for (const [a, b] of same)
      expect(nameSimilarity(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(similarNameThreshold);
  });

  it('lets common names weigh less so a rare family name decides', () => {
    const counts = new Map([
      [skeletonKey('mohamed'), 5000],
      [skeletonKey('diallo'), 3000],
    ]);
    const weight = commonNameWeight(counts, 10000);
    const plain = nameSimilarity('Mohamed Diallo', 'Mohamed Kane');
    const weighted = nameSimilarity('Mohamed Diallo', 'Mohamed Kane', { tokenWeight: weight });
    expect(weighted).toBeLessThan(plain);
    expect(weight('Mohamed')).toBeLessThan(weight('Zeinabou'));
  });

  it('is 0 when a side has no name token', () => {
    expect(nameSimilarity('', 'Mohamed')).toBe(0);
    expect(nameSimilarity('—', '—')).toBe(0);
  });
});
