import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { institutionTypes, personSensitivity } from '../../../../shared/domain';
import { shareTemplate } from '../../../../shared/referrals/share-template';

describe('shareTemplate', () => {
  it('gives a hospital the professional fields and an investment agency the investment ones', () => {
    expect(shareTemplate('hospital')).toEqual([
      'names',
      'preferredLanguage',
      'phones',
      'email',
      'work',
      'licences',
      'languages',
      'availability',
    ]);
    expect(shareTemplate('investment-promotion-agency')).toContain('investmentInterests');
    expect(shareTemplate('investment-promotion-agency')).not.toContain('education');
    expect(shareTemplate('hospital')).not.toContain('investmentInterests');
  });

  it('never shares a high-risk field and always lets the partner reach the person', () => {
    fc.assert(
      fc.property(fc.constantFrom(...institutionTypes), (type) => {
        const fields = shareTemplate(type);
        for (const field of fields) expect(personSensitivity[field]).not.toBe('high-risk');
        expect(fields).toContain('names');
        expect(fields).toContain('phones');
        expect(new Set(fields).size).toBe(fields.length);
      }),
    );
  });
});
