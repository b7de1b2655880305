import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { uniqueList } from './unique-list';

/** A free skills tag, stored lower-cased so that "Solar PV" and "solar pv" are one tag. */
export const SkillTag = z
  .string(withCodes)
  .trim()
  .toLowerCase()
  .normalize('NFC')
  .min(1, { error: 'required' })
  .max(60, { error: 'too-long' });
export type SkillTag = z.output<typeof SkillTag>;

export const proficiencies = ['basic', 'intermediate', 'fluent', 'native'] as const;
export type Proficiency = (typeof proficiencies)[number];

export const LanguageSkill = z.object(
  { language: coded('iso-639-3'), proficiency: z.enum(proficiencies, withCodes) },
  withCodes,
);
export type LanguageSkill = z.output<typeof LanguageSkill>;

/** Block 6, skills and languages: the Person fields it owns. */
export const skillsLanguagesShape = {
  skills: uniqueList(SkillTag, (tag) => tag, 50).default([]),
  languages: uniqueList(LanguageSkill, (l) => l.language.code, 20).default([]),
};
