import type { Person } from './person';
import { blockIds, type BlockId } from './person-blocks';
import { hasAnyName } from './person-names';

/**
 * When a block counts as filled: the facts reports and matching rely on, not every field.
 * Exhaustive over BlockId, so a new block cannot be forgotten.
 */
const blockFilled: Record<BlockId, (p: CompletenessFields) => boolean> = {
  identity: (p) => hasAnyName(p.names) && p.sex !== undefined && p.dateOfBirth !== undefined,
  contact: (p) => p.phones.length > 0 || p.email !== undefined,
  residence: (p) => p.residence !== undefined && p.generation !== undefined,
  origin: (p) => p.origin !== undefined,
  'education-work': (p) => p.education.length > 0 || p.work.length > 0,
  'skills-languages': (p) => p.skills.length > 0 || p.languages.length > 0,
  contribution: (p) =>
    (p.availability?.modes.length ?? 0) > 0 ||
    p.investmentInterests.length > 0 ||
    p.associationMemberships.length > 0,
};

/** What completeness looks at (presence and counts), so a projection of a person will do. */
export type CompletenessFields = Pick<Person, 'names'> & {
  readonly [F in 'sex' | 'dateOfBirth' | 'email' | 'residence' | 'generation' | 'origin']?: unknown;
} & {
  readonly [
    F in
      | 'phones'
      | 'education'
      | 'work'
      | 'skills'
      | 'languages'
      | 'investmentInterests'
      | 'associationMemberships'
  ]: readonly unknown[];
} & { readonly availability?: { readonly modes: readonly unknown[] } | undefined };

export type ProfileCompleteness = { filled: number; total: number; missing: BlockId[] };

/** How many of the seven blocks are filled, and which are missing (in block order). */
export function profileCompleteness(person: CompletenessFields): ProfileCompleteness {
  const missing = blockIds.filter((block) => !blockFilled[block](person));
  return { filled: blockIds.length - missing.length, total: blockIds.length, missing };
}
