import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone, phoneEntryFromE164 } from '../../../../renderer/src/forms/inputs/phone-number';

describe('checkPhone', () => {
  it('reads a national number for the chosen country and stores it as E.164', () => {
    expect(checkPhone({ country: 'NE', number: '90 12 34 56' })).toMatchObject({
      status: 'valid',
      e164: '+22790123456',
      country: 'NE',
    });
    expect(checkPhone({ country: 'FR', number: '06 12 34 56 78' })).toMatchObject({
      status: 'valid',
      e164: '+33612345678',
      international: '+33 6 12 34 56 78',
    });
  });

  it('takes a number typed with + or 00 as it is, whatever country is chosen', () => {
    expect(checkPhone({ country: 'NE', number: '+33 6 12 34 56 78' })).toMatchObject({
      status: 'valid',
      e164: '+33612345678',
      country: 'FR',
    });
    expect(checkPhone({ country: null, number: '0033612345678' })).toMatchObject({
      e164: '+33612345678',
    });
  });

  it('says what is wrong: nothing typed, no country, or not a number of that country', () => {
    expect(checkPhone({ country: 'NE', number: '   ' })).toEqual({ status: 'empty' });
    expect(checkPhone({ country: null, number: '90 12 34 56' })).toEqual({
      status: 'invalid',
      problem: 'phone-country-required',
    });
    expect(checkPhone({ country: 'NE', number: '12' })).toEqual({
      status: 'invalid',
      problem: 'phone-invalid',
    });
    expect(checkPhone({ country: 'FR', number: '90 12 34 56' })).toMatchObject({
      status: 'invalid',
    });
  });

  it('shows a stored number back as its country and national form, which reads the same', () => {
    expect(phoneEntryFromE164('+22790123456')).toEqual({ country: 'NE', number: '90 12 34 56' });
    const national = fc.constantFrom(
      ['NE', '90123456'],
      ['FR', '0612345678'],
      ['ET', '0911234567'],
      ['CV', '9912345'],
      ['MA', '0612345678'],
    );
    fc.assert(
      fc.property(national, ([country, number]) => {
        const first = checkPhone({ country, number });
        if (first.status !== 'valid') return false;
        const again = checkPhone(phoneEntryFromE164(first.e164));
        return again.status === 'valid' && again.e164 === first.e164;
      }),
    );
  });
});
