import { describe, expect, it } from 'vitest';
import { Organisation } from '../../../../shared/domain';
import { code, envelope, issuesOf } from './fixtures';

const anipi = () => ({
  ...envelope('organisation'),
  kind: 'partner',
  name: 'Agence nigérienne de promotion des investissements',
  institutionType: 'investment-promotion-agency',
  country: code('iso-3166-1', 'NE'),
  subdivision: code('iso-3166-2', 'NE-8'),
  contacts: [{ name: 'Hadiza Souley', role: 'Chargée diaspora', phone: '+22720734567' }],
  dataSharingAgreement: {
    reference: 'ANIPI/DGDS/2025-04',
    expiry: '2027-12-31',
    recipientCountry: code('iso-3166-1', 'NE'),
    transferBasis: 'domestic',
  },
});

describe('Organisation', () => {
  it('accepts a partner institution with contacts and a data-sharing agreement', () => {
    const org = Organisation.parse(anipi());
    expect(org.kind).toBe('partner');
  });

  it('accepts a city chapter of a diaspora association pointing at its parent', () => {
    const org = Organisation.parse({
      ...envelope('organisation'),
      kind: 'diaspora-association',
      name: 'Ethiopian Community Association of Greater Washington',
      level: 'city',
      parentId: '0190a6b4-7c1e-7a00-8000-0000000000f1',
      country: code('iso-3166-1', 'US'),
      subdivision: code('iso-3166-2', 'US-DC'),
    });
    expect(org.kind === 'diaspora-association' && org.level).toBe('city');
    expect(org.contacts).toEqual([]);
  });

  it('checks the fields of the kind it is', () => {
    expect(issuesOf(Organisation, { ...anipi(), institutionType: 'bank' })).toEqual([
      ['institutionType', 'invalid-value'],
    ]);
    expect(issuesOf(Organisation, { ...anipi(), kind: 'diaspora-association' })).toEqual([
      ['level', 'required'],
    ]);
    expect(issuesOf(Organisation, { ...anipi(), kind: 'club' })).toEqual([
      ['kind', 'invalid-value'],
    ]);
  });

  it('validates the agreement: real expiry date, known transfer basis', () => {
    const a = anipi();
    const agreement = { ...a.dataSharingAgreement, expiry: '2027-02-29', transferBasis: 'trust' };
    expect(issuesOf(Organisation, { ...a, dataSharingAgreement: agreement })).toEqual([
      ['dataSharingAgreement.expiry', 'invalid-date'],
      ['dataSharingAgreement.transferBasis', 'invalid-value'],
    ]);
  });
});
