import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseArabic } from '../../../../shared/names';

describe('normaliseArabic', () => {
  it('strips harakat, tanwin, shadda, sukun, superscript alef and tatweel', () => {
    expect(normaliseArabic('مُحَمَّد')).toBe('محمد');
    expect(normaliseArabic('كِتَابٌ')).toBe('كتاب');
    expect(normaliseArabic('عَبْدُ')).toBe('عبد');
    expect(normaliseArabic('رحمٰن')).toBe('رحمن');
    expect(normaliseArabic('محـــمد')).toBe('محمد');
  });

  it('folds alef variants, alef maksura, ta marbuta and hamza carriers', () => {
    expect(normaliseArabic('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله');
    expect(normaliseArabic('مصطفى')).toBe('مصطفي');
    expect(normaliseArabic('فاطمة')).toBe('فاطمه');
    expect(normaliseArabic('مؤمن عائشة')).toBe('مومن عايشه');
  });

  it('folds Persian and Urdu letters and converts Arabic-Indic digits', () => {
    expect(normaliseArabic('کریم')).toBe('كريم');
    expect(normaliseArabic('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });

  it('turns presentation forms into plain letters and leaves Latin and Ethiopic alone', () => {
    expect(normaliseArabic('ﻣﺤﻤﺪ')).toBe('محمد');
    expect(normaliseArabic('Aïssatou Ndiaye')).toBe('Aïssatou Ndiaye');
    expect(normaliseArabic('ገብረ ማርያም')).toBe('ገብረ ማርያም');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normaliseArabic(text);
        expect(normaliseArabic(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on Arabic-block text with marks in any order', () => {
    const arabicChar = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c));
    const mixed = fc.oneof(arabicChar, fc.constantFrom('a', 'e', '\u0301', ' ', '\u0653'));
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 12 }), (chars) => {
        const once = normaliseArabic(chars.join(''));
        expect(normaliseArabic(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});
