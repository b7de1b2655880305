import type { NameParts, PersonNames } from '../../shared/domain';
import type { NameForm } from './name-pools';
import type { PersonProfile } from './person-profile';
import type { Rng } from './prng';

interface NameChoice {
  given: NameForm;
  family: NameForm;
  /** Grandfather's name for patronymic pools (Ethiopian, Eritrean, Somali practice). */
  other: NameForm | undefined;
}

/** The most common spelling 60% of the time, else any of the variants. */
function spell(rng: Rng, form: NameForm): string {
  return rng.chance(0.6) ? (form.latin[0] as string) : rng.pick(form.latin);
}

function feminise(family: string, female: boolean, ould: string, mint: string): string {
  return female && family.startsWith(ould) ? mint + family.slice(ould.length) : family;
}

function scriptParts(
  choice: NameChoice,
  female: boolean,
  pick: (f: NameForm) => string | undefined,
): NameParts | undefined {
  const given = pick(choice.given);
  const family = pick(choice.family);
  const other = choice.other ? pick(choice.other) : undefined;
  if (given === undefined || family === undefined) return undefined;
  if (choice.other && other === undefined) return undefined;
  const parts: NameParts = { given, family: feminise(family, female, 'ولد ', 'منت ') };
  if (other !== undefined) parts.other = other;
  return parts;
}

function latinParts(rng: Rng, choice: NameChoice, p: PersonProfile): NameParts {
  const female = p.sex === 'female';
  const honorific = !female && p.pool.id !== 'maghreb' && !p.pool.patronymic && rng.chance(0.04);
  const parts: NameParts = {
    given: (honorific ? 'El Hadj ' : '') + spell(rng, choice.given),
    family: feminise(spell(rng, choice.family), female, 'Ould ', 'Mint '),
  };
  if (choice.other) parts.other = spell(rng, choice.other);
  return parts;
}

function passportParts(rng: Rng, choice: NameChoice, latin: NameParts): NameParts {
  const upper = (s: string) => s.toUpperCase();
  // Passports often carry another transliteration than the one the person gives at the desk.
  const given = rng.chance(0.2) ? spell(rng, choice.given) : (latin.given as string);
  const parts: NameParts = { given: upper(given), family: upper(latin.family as string) };
  if (latin.other !== undefined) parts.other = upper(latin.other);
  return parts;
}

export function generateNames(p: PersonProfile): PersonNames {
  const { rng, pool } = p;
  const female = p.sex === 'female';
  const given = rng.pick(female ? pool.female : pool.male);
  const family = rng.pick(pool.patronymic ? pool.male : pool.family);
  const other = pool.patronymic && rng.chance(0.5) ? rng.pick(pool.male) : undefined;
  const choice: NameChoice = { given, family, other };
  const latin = latinParts(rng, choice, p);
  const names: PersonNames = { latin };
  if (rng.chance(0.7)) names.passport = passportParts(rng, choice, latin);
  if (rng.chance(pool.arabicShare)) {
    const arabic = scriptParts(choice, female, (f) => f.arabic);
    if (arabic) names.arabic = arabic;
  }
  if (rng.chance(pool.ethiopicShare)) {
    const ethiopic = scriptParts(choice, female, (f) => f.ethiopic);
    if (ethiopic) names.ethiopic = ethiopic;
  }
  return names;
}
