import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, skeletonKey, variantDictionary } from '../../../../shared/names';

/** The skeleton of a whole name written in one word (or joined as a compound). */
const skeletonOf = (name: string) => nameTokens(name).map(skeletonKey).join(' ');

describe('skeletonKey', () => {
  it.each([
    ['Mohamed', ['Muhammad', 'Mohammed', 'Mouhamadou', 'Mohamadou', 'محمد', 'مُحَمَّد', 'ሙሐመድ']],
    ['Abdallahi', ['Abd Allah', 'Abdallah', 'Abdullahi', 'Abdoulaye', 'عبد الله', 'عبدالله']],
    ['Abderrahmane', ['Abdul Rahman', 'Abd er Rahman', 'عبد الرحمن']],
    ['Abdelkader', ['Abd al-Qadir', 'Abdel Kader', 'عبد القادر']],
    ['Khadija', ['Kadiatou', 'Khadidja', 'خديجة']],
    ['Ousmane', ['Usman', 'Othman', 'عثمان']],
    ['Aicha', ['Aisha', 'Aïssatou', 'عائشة']],
    ['Fatima', ['Fatimah', 'Fatoumata', 'فاطمة']],
    ['Youssouf', ['Yusuf', 'Youssef', 'يوسف']],
    ['Ibrahima', ['Ibrahim', 'Brahim', 'إبراهيم']],
    ['Aboubacar', ['Abou Bakr', 'Boubacar', 'أبو بكر']],
    ['Moustapha', ['Mustafa', 'مصطفى']],
    ['Souleymane', ['Sulayman', 'سليمان']],
    ['Gebremariam', ['Gebre Mariam', 'G/Mariam', 'ገብረ ማርያም']],
    ['Tsegaye', ['ጸጋዬ']],
    ['Haile', ['ኃይለ']],
  ])('gives %s the same skeleton as its spellings', (name, variants) => {
    for (const variant of variants) expect(skeletonOf(variant), variant).toBe(skeletonOf(name));
  });

  it.each([
    ['Ousmane', 'Oumar'],
    ['Aicha', 'Aissa'],
    ['Mohamed', 'Mamadou'],
    ['Fatima', 'Fanta'],
    ['Khadija', 'Kande'],
    ['Ibrahim', 'Ismail'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(skeletonOf(a)).not.toBe(skeletonOf(b));
  });

  it('gives the documented example key for Mohamed', () => {
    expect(skeletonKey('mohamed')).toBe('mhmd');
  });

  it('maps every spelling of a variant group to one key', () => {
    for (const group of variantDictionary) {
      const keys = new Set(group.map(skeletonKey));
      expect(keys.size, group.join(', ')).toBe(1);
    }
  });

  it('does not let a variant group capture the key of another group', () => {
    const canonicals = variantDictionary.map((group) => skeletonKey(group[0] ?? ''));
    expect(new Set(canonicals).size).toBe(canonicals.length);
  });

  it('returns a non-empty ASCII key without vowels, or the token itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,20}$/), (token) => {
        const key = skeletonKey(token);
        expect(key).toMatch(/^[a-z0-9]+$/);
        if (key !== token) expect(key).not.toMatch(/[aeiouwy]/);
      }),
    );
  });
});
