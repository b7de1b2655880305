import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeList } from '../../../shared/codelists';
import type { StandardCodeListId } from '../../../shared/codelists/lazy';
import { Person } from '../../../shared/domain/person';
import { supportedLocales, type Locale } from '../../../shared/i18n/locales';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { sectionRows } from '../../../renderer/src/screens/members/profile/block-rows';
import {
  codeListsIn,
  createCodeLabeler,
} from '../../../renderer/src/screens/members/profile/code-labels';
import {
  fieldLines,
  historyValueLines,
} from '../../../renderer/src/screens/members/profile/field-lines';
import { formatPartialDate } from '../../../renderer/src/screens/members/profile/format-dates';
import { personDisplayName } from '../../../renderer/src/screens/members/profile/person-display-name';
import type { ProfileFormat } from '../../../renderer/src/screens/members/profile/profile-format';
import { profileStatus } from '../../../renderer/src/screens/members/profile/profile-status';
import {
  receiptFileName,
  receiptLocale,
} from '../../../renderer/src/screens/members/profile/receipt/receipt-locale';

const lists = new Map(
  (['iso-3166-1', 'iso-3166-2', 'iso-639-3', 'isco-08', 'iso-4217'] as StandardCodeListId[]).map(
    (id) => [id, codeList(id)] as const,
  ),
);
const label = createCodeLabeler(lists);

function formatIn(locale: Locale): ProfileFormat {
  const i18n = createI18n('en');
  return { t: i18n.getFixedT(locale), locale, label };
}

const v = (list: string, code: string) => ({ list, version: '2024', code }) as never;

const person = Person.parse({
  id: '0195f0c8-0000-7000-8000-0000000000a1',
  type: 'person',
  officeId: '0195f0c8-0000-7000-8000-000000000001',
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  rev: 1,
  names: { latin: { given: 'Aminata', family: 'Diallo' }, arabic: { given: 'أميناتا' } },
  sex: 'female',
  dateOfBirth: { year: 1984, month: 3 },
  phones: [{ number: '+33612345678', kind: 'whatsapp' }],
  residence: { country: v('iso-3166-1', 'FR'), city: 'Lyon' },
  work: [{ occupation: v('isco-08', '2211'), yearsOfExperience: 12, current: true }],
  investmentInterests: [
    { type: 'housing', amountBand: '10k-50k', currency: v('iso-4217', 'EUR'), needs: ['permits'] },
  ],
});

describe('profile values', () => {
  it('read in the chosen language, with code labels from the lists', () => {
    const fr = formatIn('fr');
    expect(fieldLines('sex', person.sex, fr)).toEqual(['Femme']);
    expect(fieldLines('residence', person.residence, fr)).toEqual(['Lyon · France']);
    // The number is isolated left to right, so Arabic does not show it as 33612345678+.
    expect(fieldLines('phones', person.phones, fr)).toEqual([
      '\u2066+33612345678\u2069 · WhatsApp',
    ]);
    expect(fieldLines('dateOfBirth', person.dateOfBirth, fr)).toEqual(['mars 1984']);
    expect(fieldLines('work', person.work, fr)[0]).toMatch(
      /^Médecins généralistes · années d’expérience : 12 · actuel$/,
    );
    const ar = formatIn('ar');
    expect(fieldLines('sex', person.sex, ar)).toEqual(['أنثى']);
    expect(fieldLines('residence', person.residence, ar)).toEqual(['Lyon · فرنسا']);
    expect(fieldLines('phones', person.phones, ar)).toEqual(['\u2066+33612345678\u2069 · واتساب']);
    expect(fieldLines('investmentInterests', person.investmentInterests, formatIn('en'))).toEqual([
      'Housing · 10,000 to 50,000 (Euro) · needs: permits',
    ]);
  });

  it('show nothing for empty fields and every row of a block in form order', () => {
    const en = formatIn('en');
    expect(fieldLines('skills', [], en)).toEqual([]);
    expect(fieldLines('email', undefined, en)).toEqual([]);
    const rows = sectionRows(person, 'identity', ['documents'], en);
    expect(rows.map((r) => r.field)).toEqual([
      'names',
      'sex',
      'dateOfBirth',
      'placeOfBirth',
      'citizenships',
      'documents',
    ]);
    expect(rows[0]).toMatchObject({
      label: 'Names',
      lines: ['Latin script: Aminata Diallo', 'Arabic script: أميناتا'],
    });
    expect(rows.find((r) => r.field === 'documents')).toMatchObject({ withheld: true });
  });

  it('turn history values back into lines, or show JSON for a value of an older shape', () => {
    const en = formatIn('en');
    expect(historyValueLines('sex', 'male', en)).toEqual(['Male']);
    expect(historyValueLines('email', null, en)).toEqual([]);
    expect(historyValueLines('sex', 'robot', en)).toEqual(['"robot"']);
    expect(historyValueLines('unknownField', { a: 1 }, en)).toEqual(['{"a":1}']);
  });

  it('format partial dates at their precision in every locale', () => {
    expect(formatPartialDate({ year: 1984 }, 'en')).toBe('1984');
    expect(formatPartialDate({ year: 1984, month: 3, day: 5 }, 'en')).toBe('March 5, 1984');
    expect(formatPartialDate({ year: 1984, month: 3, day: 5 }, 'pt')).toBe('5 de março de 1984');
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...supportedLocales),
        (year, month, locale) => formatPartialDate({ year, month }, locale).length > 0,
      ),
    );
  });

  it('head the profile with the name in the interface’s script when there is one', () => {
    expect(personDisplayName(person.names, 'en')).toBe('Aminata Diallo');
    expect(personDisplayName(person.names, 'ar')).toBe('أميناتا');
    expect(personDisplayName({ arabic: { family: 'ديالو' } }, 'fr')).toBe('ديالو');
  });

  it('find every list a record refers to', () => {
    expect([...codeListsIn(person)].sort()).toEqual(['isco-08', 'iso-3166-1', 'iso-4217']);
  });

  it('count a block withheld from the role as filled, and list what a draft lacks', () => {
    const status = profileStatus(person, ['origin'], []);
    expect(status.completeness.missing).not.toContain('origin');
    expect(status.draftProblems).toEqual(['registration-consent-required']);
    expect(profileStatus(person, [], []).completeness.missing).toContain('origin');
  });
});

describe('receipt language', () => {
  it('is the member’s preferred language when the app has it, else the interface’s', () => {
    expect(receiptLocale({ code: 'fra' }, 'en')).toBe('fr');
    expect(receiptLocale({ code: 'mey' }, 'fr')).toBe('ar');
    expect(receiptLocale({ code: 'kea' }, 'pt')).toBe('pt');
    expect(receiptLocale(undefined, 'ar')).toBe('ar');
    fc.assert(
      fc.property(
        fc.option(fc.stringMatching(/^[a-z]{3}$/), { nil: undefined }),
        fc.constantFrom(...supportedLocales),
        (code, ui) => {
          const chosen = receiptLocale(code === undefined ? undefined : { code }, ui);
          return (supportedLocales as readonly string[]).includes(chosen);
        },
      ),
    );
  });

  it('names the file after the member id only, never the person', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...supportedLocales), (id, locale) =>
        /^receipt-[0-9a-zA-Z-]*-[a-z]{2}\.pdf$/.test(receiptFileName(id, locale)),
      ),
    );
  });
});
