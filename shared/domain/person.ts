import { z } from 'zod';
import { contactShape } from './contact';
import { contributionShape } from './contribution';
import { withCodes } from './domain-error-codes';
import { educationWorkShape } from './education-work';
import { identityShape } from './identity';
import { originShape } from './origin';
import { envelopeShape } from './record-envelope';
import { residenceShape } from './residence';
import { skillsLanguagesShape } from './skills-languages';
import { textField, textLimits } from './text-field';

/** Fields outside the seven blocks. */
const serviceShape = {
  /** Counsellor's free-text notes. High risk. */
  notes: textField(textLimits.notes).optional(),
  /** Restriction of processing (data protection): kept, but not used or shared. */
  processingRestricted: z.boolean(withCodes).default(false),
};

/** The domain fields of a person, flat so that sync merges them one by one. */
export const personShape = {
  ...identityShape,
  ...contactShape,
  ...residenceShape,
  ...originShape,
  ...educationWorkShape,
  ...skillsLanguagesShape,
  ...contributionShape,
  ...serviceShape,
};

/**
 * A registered diaspora member. Structurally valid with almost nothing filled in: what a record
 * needs before it may be saved is {@link draftProblems}, how full it is {@link profileCompleteness}.
 * Unknown fields are stripped.
 */
export const Person = z.object({ ...envelopeShape('person'), ...personShape }, withCodes);
export type Person = z.output<typeof Person>;
export type PersonInput = z.input<typeof Person>;

/** Top-level domain fields of a person (envelope excluded). */
export type PersonField = keyof typeof personShape;
export const personFields = Object.keys(personShape) as PersonField[];
