import { describe, expect, it } from 'vitest';
import {
  emptyMemberForm,
  newRow,
} from '../../../../renderer/src/screens/members/form/empty-member-form';
import { fromPerson } from '../../../../renderer/src/screens/members/form/from-person';
import type { MemberFormValues } from '../../../../renderer/src/screens/members/form/member-form-values';
import { PersonFields } from '../../../../renderer/src/screens/members/form/person-fields-schema';
import { toPersonContent } from '../../../../renderer/src/screens/members/form/to-person-content';
import { validateMemberForm } from '../../../../renderer/src/screens/members/form/validate-member-form';

const country = (code: string) => ({ list: 'iso-3166-1' as const, version: '2025-07-17', code });
const french = { list: 'iso-639-3' as const, version: '2024-12-12', code: 'fra' };
const none = { activeConsents: new Set<never>() };

function minimalDraft(): MemberFormValues {
  const v = emptyMemberForm('FR');
  v.names.latin = { given: ' Aminata ', family: 'Diallo', other: '' };
  v.phones = [{ country: 'FR', number: '06 12 34 56 78', kind: 'mobile' }];
  v.residence = { country: country('FR'), subdivision: null, city: '' };
  v.consents.registration = { given: true };
  v.consentNotice = { version: '2025-1', language: french, method: 'paper-signed' };
  return v;
}

describe('member form values → Person', () => {
  it('drops empty text, unchosen options and blank rows, and stores phones as E.164', () => {
    const v = minimalDraft();
    v.phones.push(newRow.phone('FR'));
    v.skills = [{ value: ' Solar PV ' }, { value: '' }];
    const { content, problems } = toPersonContent(v);
    expect(problems).toEqual([]);
    expect(content.names).toEqual({
      latin: { given: 'Aminata', family: 'Diallo', other: undefined },
      arabic: undefined,
      ethiopic: undefined,
      passport: undefined,
    });
    expect(content.phones).toEqual([{ number: '+33612345678', kind: 'mobile' }]);
    expect(content.email).toBeUndefined();
    expect(content.sex).toBeUndefined();
    expect(content.placeOfBirth).toBeUndefined();
    expect(content.emergencyContact).toBeUndefined();
    expect(content.availability).toBeUndefined();
    const parsed = PersonFields.parse(content);
    expect(parsed.skills).toEqual(['solar pv']);
  });

  it('accepts the minimal draft and lists the consents newly given with their notice', () => {
    const check = validateMemberForm(minimalDraft(), none);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.submission.newConsents).toEqual(['registration']);
    expect(check.submission.notice).toEqual({
      version: '2025-1',
      language: french,
      method: 'paper-signed',
    });
  });

  it('reports the draft rule on the fields to fill, as codes', () => {
    const check = validateMemberForm(emptyMemberForm('FR'), none);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.fromEntries(check.errors)).toEqual({
      'names.latin.given': 'name-required',
      'residence.country': 'residence-country-required',
      'phones.0.number': 'contact-required',
      'consents.registration.given': 'registration-consent-required',
    });
  });

  it('needs no new registration consent when the person already gave one', () => {
    const v = minimalDraft();
    v.consents.registration = { given: false };
    const check = validateMemberForm(v, { activeConsents: new Set(['registration'] as const) });
    expect(check.ok).toBe(true);
  });

  it('puts errors on the row the person typed in, even after blank rows', () => {
    const v = minimalDraft();
    v.phones = [newRow.phone('FR'), { country: 'FR', number: '12', kind: 'mobile' }];
    v.email = 'aminata@example.org';
    v.languages = [newRow.language(), { language: french, proficiency: null }];
    v.dateOfBirth = { precision: 'day', year: '1984', month: '', day: '' };
    const check = validateMemberForm(v, none);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.get('phones.1.number')).toBe('phone-invalid');
    expect(check.errors.get('languages.1.proficiency')).toBe('required');
    expect(check.errors.get('dateOfBirth.month')).toBe('required');
    expect(check.errors.get('dateOfBirth.day')).toBe('required');
  });

  it('reports a name typed in the wrong script, and a subdivision of another country', () => {
    const v = minimalDraft();
    v.names.arabic = { given: 'Aminata', family: '', other: '' };
    v.residence.subdivision = { list: 'iso-3166-2', version: '2026-03-05', code: 'NE-8' };
    const check = validateMemberForm(v, none);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.get('names.arabic.given')).toBe('wrong-script');
    expect(check.errors.get('residence.subdivision')).toBe('subdivision-mismatch');
  });

  it('fills the form back from a stored person without losing anything it edits', () => {
    const v = minimalDraft();
    v.names.arabic = { given: 'أميناتا', family: 'ديالو', other: '' };
    v.sex = 'female';
    v.dateOfBirth = { precision: 'month', year: '1984', month: '7', day: '' };
    v.citizenships = [{ country: country('NE'), status: 'of-origin' }];
    v.work = [
      {
        occupation: { list: 'isco-08', version: '2008', code: '2211' },
        sector: null,
        yearsOfExperience: '12',
        employer: '',
        current: true,
      },
    ];
    v.availability = {
      modes: ['on-site', 'virtual'],
      durations: ['2-weeks-to-3-months'],
      daysPerYear: '30',
      periods: [{ fromMonth: '7', toMonth: '8' }],
      remuneration: 'either',
    };
    v.investmentInterests = [
      {
        type: 'business-creation',
        sector: { list: 'isic-rev4', version: 'Rev.4', code: 'A' },
        targetRegion: { list: 'iso-3166-2', version: '2026-03-05', code: 'NE-6' },
        amountBand: '10k-50k',
        currency: { list: 'iso-4217', version: '2024-06-25', code: 'XOF' },
        stage: 'idea',
        needs: ['financing'],
      },
    ];
    const person = PersonFields.parse(toPersonContent(v).content);
    const again = PersonFields.parse(toPersonContent(fromPerson(person, 'FR')).content);
    expect(again).toEqual(person);
  });
});
