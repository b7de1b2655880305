import { contactShape } from './contact';
import { contributionShape } from './contribution';
import { educationWorkShape } from './education-work';
import { identityShape } from './identity';
import { originShape } from './origin';
import { residenceShape } from './residence';
import { skillsLanguagesShape } from './skills-languages';
import type { PersonField } from './person';

/** The seven blocks every diaspora registration instrument shares (DOMAIN.md). */
export const blockIds = [
  'identity',
  'contact',
  'residence',
  'origin',
  'education-work',
  'skills-languages',
  'contribution',
] as const;
export type BlockId = (typeof blockIds)[number];

const fieldsOf = (shape: object) => Object.keys(shape) as PersonField[];

/** Which Person fields each block owns, in form order. */
export const personBlockFields: Readonly<Record<BlockId, readonly PersonField[]>> = {
  identity: fieldsOf(identityShape),
  contact: fieldsOf(contactShape),
  residence: fieldsOf(residenceShape),
  origin: fieldsOf(originShape),
  'education-work': fieldsOf(educationWorkShape),
  'skills-languages': fieldsOf(skillsLanguagesShape),
  contribution: fieldsOf(contributionShape),
};
