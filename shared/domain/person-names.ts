import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { textField, textLimits } from './text-field';

/** Scripts a name is written in; `passport` is the spelling printed in the passport (Latin). */
export const nameScripts = ['latin', 'arabic', 'ethiopic', 'passport'] as const;
export type NameScript = (typeof nameScripts)[number];

const punctuation = String.raw`\s'’.\-`;
/** Letters of the script plus combining marks, spaces, apostrophes, dots and hyphens. */
const scriptPatterns: Record<NameScript, RegExp> = {
  latin: new RegExp(String.raw`^[\p{Script=Latin}\p{M}${punctuation}]+$`, 'u'),
  passport: new RegExp(String.raw`^[\p{Script=Latin}\p{M}${punctuation}]+$`, 'u'),
  // Tatweel (U+0640) and ZWNJ (U+200C) are Common script but belong in Arabic names.
  arabic: new RegExp(String.raw`^[\p{Script=Arabic}\p{M}\u0640\u200C${punctuation}]+$`, 'u'),
  ethiopic: new RegExp(String.raw`^[\p{Script=Ethiopic}\p{M}${punctuation}]+$`, 'u'),
};

function namePart(script: NameScript) {
  return textField(textLimits.name)
    .regex(scriptPatterns[script], { error: 'wrong-script' })
    .optional();
}

/**
 * Name parts in one script. `other` holds what is neither given nor family name: a father's
 * or grandfather's name (Ethiopian, Arabic nasab), a middle name. At least one part is needed.
 */
export function nameParts(script: NameScript) {
  return z
    .object(
      { given: namePart(script), family: namePart(script), other: namePart(script) },
      withCodes,
    )
    .check((ctx) => {
      const { given, family, other } = ctx.value;
      if (given === undefined && family === undefined && other === undefined) {
        ctx.issues.push({ code: 'custom', message: 'name-part-required', input: ctx.value });
      }
    });
}
export type NameParts = { given?: string; family?: string; other?: string };

/** A person's name in each script it is known in; any subset. */
export const PersonNames = z.object(
  {
    latin: nameParts('latin').optional(),
    arabic: nameParts('arabic').optional(),
    ethiopic: nameParts('ethiopic').optional(),
    passport: nameParts('passport').optional(),
  },
  withCodes,
);
export type PersonNames = z.output<typeof PersonNames>;

export function hasAnyName(names: PersonNames | undefined): boolean {
  return names !== undefined && nameScripts.some((script) => names[script] !== undefined);
}
