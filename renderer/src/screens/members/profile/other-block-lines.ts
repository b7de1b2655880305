import type { Availability } from '../../../../../shared/domain/contribution';
import type { InvestmentInterest } from '../../../../../shared/domain/investment-interest';
import type { Person } from '../../../../../shared/domain/person';
import { formatIsoDate, formatMonth, formatYear } from './format-dates';
import { codeLabel, joinParts, listOf, type ProfileFormat } from './profile-format';

type Lines<K extends keyof Person> = (value: NonNullable<Person[K]>, f: ProfileFormat) => string[];

function availability(value: Availability, f: ProfileFormat): string[] {
  const modes = value.modes.map((m) => f.t(`profile.values.mode.${m}`));
  const durations = value.durations.map((d) => f.t(`profile.values.duration.${d}`));
  const periods = value.periods.map((p) =>
    f.t('profile.parts.period', {
      from: formatMonth(p.fromMonth, f.locale),
      to: formatMonth(p.toMonth, f.locale),
    }),
  );
  return [
    modes.length > 0 && listOf(f, modes),
    durations.length > 0 && listOf(f, durations),
    value.daysPerYear !== undefined &&
      f.t('profile.parts.daysPerYear', { count: value.daysPerYear }),
    periods.length > 0 && listOf(f, periods),
    value.remuneration && f.t(`profile.values.remuneration.${value.remuneration}`),
  ].filter((line): line is string => typeof line === 'string');
}

function investment(value: InvestmentInterest, f: ProfileFormat): string {
  const band = value.amountBand && f.t(`profile.values.amountBand.${value.amountBand}`);
  const currency = codeLabel(f, value.currency);
  const needs = value.needs.map((n) => f.t(`profile.values.need.${n}`));
  return joinParts([
    f.t(`profile.values.investmentType.${value.type}`),
    codeLabel(f, value.sector),
    codeLabel(f, value.targetRegion),
    band && (currency ? f.t('profile.parts.amount', { band, currency }) : band),
    value.stage && f.t(`profile.values.stage.${value.stage}`),
    needs.length > 0 && f.t('profile.parts.needs', { needs: listOf(f, needs) }),
  ]);
}

/** Lines for the residence, origin, education-work, skills and contribution blocks, and notes. */
export const otherBlockLines = {
  residence: (value, f) => [
    joinParts([value.city, codeLabel(f, value.subdivision), codeLabel(f, value.country)]),
  ],
  emigrationYear: (value, f) => [formatYear(value, f.locale)],
  residenceStatus: (value, f) => [f.t(`profile.values.residenceStatus.${value}`)],
  generation: (value, f) => [f.t(`profile.values.generation.${value}`)],
  intentionToReturn: (value, f) => [f.t(`profile.values.returnIntention.${value}`)],
  origin: (value, f) => [
    joinParts([value.locality, codeLabel(f, value.adminArea), codeLabel(f, value.region)]),
  ],
  hometownAssociation: (value, f) => [value.name ?? f.t('profile.parts.knownOrganisation')],
  education: (value, f) =>
    value.map((e) =>
      joinParts([
        codeLabel(f, e.level),
        codeLabel(f, e.field),
        e.qualification,
        e.institution,
        codeLabel(f, e.country),
        e.year !== undefined && f.t('profile.parts.year', { year: formatYear(e.year, f.locale) }),
      ]),
    ),
  work: (value, f) =>
    value.map((w) =>
      joinParts([
        codeLabel(f, w.occupation),
        codeLabel(f, w.sector),
        w.employer,
        w.yearsOfExperience !== undefined &&
          f.t('profile.parts.experience', { count: w.yearsOfExperience }),
        w.current === true && f.t('profile.parts.current'),
      ]),
    ),
  licences: (value, f) =>
    value.map((l) =>
      joinParts([
        l.title,
        l.issuer,
        codeLabel(f, l.country),
        l.validUntil &&
          f.t('profile.parts.validUntil', { date: formatIsoDate(l.validUntil, f.locale) }),
      ]),
    ),
  skills: (value, f) => (value.length > 0 ? [listOf(f, value)] : []),
  languages: (value, f) =>
    value.map((l) =>
      joinParts([codeLabel(f, l.language), f.t(`profile.values.proficiency.${l.proficiency}`)]),
    ),
  availability: (value, f) => availability(value, f),
  investmentInterests: (value, f) => value.map((i) => investment(i, f)),
  associationMemberships: (value, f) =>
    value.map((m) =>
      joinParts([
        m.name ?? f.t('profile.parts.knownOrganisation'),
        m.role && f.t(`profile.values.membershipRole.${m.role}`),
      ]),
    ),
  notes: (value) => [value],
  processingRestricted: (value, f) => [f.t(value ? 'profile.yes' : 'profile.no')],
} satisfies { [K in keyof Person]?: Lines<K> };
