import type { EducationEntry, LanguageSkill, Person, WorkEntry } from '../../shared/domain';
import { codedValue } from './coded-value';
import { INSTITUTIONS } from './occupation-pools';
import type { PersonProfile } from './person-profile';

const GENERIC_TAGS = [
  'leadership',
  'mentoring',
  'excel',
  'entrepreneuriat',
  "gestion d'équipe",
  'training of trainers',
  'fundraising',
  'translation',
  'community organising',
  'public speaking',
];

function education(p: PersonProfile): EducationEntry[] {
  const { rng } = p;
  if (!rng.chance(0.7)) return [];
  const occ = p.occupations[0];
  if (!occ) return [];
  const level = rng.int(occ.levels[0], occ.levels[1]);
  const entry: EducationEntry = {
    level: codedValue('isced-2011', String(level)),
    field: codedValue('isced-f-2013', occ.field),
    year: Math.min(2025, p.birthYear + 15 + level + rng.int(0, 4)),
  };
  if (level >= 5) {
    entry.qualification = occ.qualification;
    if (rng.chance(0.4)) entry.institution = rng.pick(INSTITUTIONS);
    if (rng.chance(0.5)) {
      const country = rng.chance(0.5) ? p.origin.country : p.residence.country;
      entry.country = codedValue('iso-3166-1', country);
    }
  }
  return [entry];
}

function work(p: PersonProfile): WorkEntry[] {
  const { rng } = p;
  const maxYears = Math.max(0, 2025 - p.birthYear - 20);
  if (!rng.chance(0.85)) return [];
  return p.occupations.map((occ, i) => ({
    occupation: codedValue('isco-08', occ.isco),
    sector: codedValue('isic-rev4', occ.isic),
    yearsOfExperience: rng.int(0, maxYears),
    current: i === 0,
  }));
}

function skills(p: PersonProfile): string[] {
  const { rng } = p;
  const pool = new Set(p.occupations.flatMap((o) => o.tags));
  const count = rng.int(2, 5);
  const tags = rng.sample([...pool], Math.min(count, pool.size));
  const generic = GENERIC_TAGS.filter((t) => !pool.has(t));
  const extra = rng.sample(generic, count - tags.length);
  return [...tags, ...extra].map((t) => t.toLowerCase());
}

function languages(p: PersonProfile): LanguageSkill[] {
  const { rng, origin, residence } = p;
  const codes = new Map<string, LanguageSkill['proficiency']>();
  const home = rng.chance(0.7) ? (origin.languages[0] as string) : rng.pick(origin.languages);
  codes.set(home, p.descendant ? 'intermediate' : 'native');
  const count = rng.int(1, 3);
  const candidates = [residence.language, 'fra', 'eng', 'arb'];
  while (codes.size < count) {
    const code = rng.pick(candidates);
    if (!codes.has(code)) codes.set(code, rng.pick(['fluent', 'intermediate', 'basic'] as const));
  }
  return [...codes].map(([code, proficiency]) => ({
    language: codedValue('iso-639-3', code),
    proficiency,
  }));
}

type CareerFields = Pick<Person, 'education' | 'work' | 'licences' | 'skills' | 'languages'>;

/** Blocks 5 and 6. */
export function generateCareer(p: PersonProfile): CareerFields {
  return {
    education: education(p),
    work: work(p),
    licences: [],
    skills: skills(p),
    languages: languages(p),
  };
}
