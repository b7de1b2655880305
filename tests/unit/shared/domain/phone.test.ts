import { describe, expect, it } from 'vitest';
import { E164, Phone } from '../../../../shared/domain';
import { issuesOf } from './fixtures';

describe('E164', () => {
  it.each(['+22790123456', '+33612345678', '+17035550147', '+251911234567'])('accepts %s', (n) => {
    expect(E164.parse(n)).toBe(n);
  });

  it.each([
    '0612345678', // national format
    '+33 6 12 34 56 78', // spaces
    '0033612345678', // international prefix instead of +
    '+0612345678', // country codes never start with 0
    '+1234567890123456', // 16 digits
    '+123456', // too short
    '+2279012345a',
  ])('rejects %s as invalid-e164', (n) => {
    expect(issuesOf(E164, n)).toEqual([['', 'invalid-e164']]);
  });

  it('knows the kinds of phone a person gives', () => {
    expect(Phone.parse({ number: '+22790123456', kind: 'whatsapp' }).kind).toBe('whatsapp');
    expect(issuesOf(Phone, { number: '+22790123456', kind: 'fax' })).toEqual([
      ['kind', 'invalid-value'],
    ]);
  });
});
