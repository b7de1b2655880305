import { nameScripts, type NameParts, type NameScript } from '../domain/person-names';
import { nameTokens } from './name-tokens';
import { skeletonKey } from './skeleton-key';

/** A person's names in each script (the domain's PersonNames, input or output). */
export type NamesLike = Readonly<Partial<Record<NameScript, NameParts | undefined>>>;

/** How names are split and reduced; a duplicate check passes memoised copies (same results). */
export interface NameWork {
  readonly tokens: (text: string) => string[];
  readonly skeleton: (token: string) => string;
}

const plainWork: NameWork = { tokens: nameTokens, skeleton: skeletonKey };

interface ScriptTokens {
  readonly given: readonly string[];
  readonly other: readonly string[];
  readonly family: readonly string[];
}

function scriptTokens(names: NamesLike, work: NameWork): ScriptTokens[] {
  return nameScripts.flatMap((script) => {
    const parts = names[script];
    if (parts === undefined) return [];
    return [
      {
        given: work.tokens(parts.given ?? ''),
        other: work.tokens(parts.other ?? ''),
        family: work.tokens(parts.family ?? ''),
      },
    ];
  });
}

/** The tokens of one script's name in reading order: given, other, family. */
export function nameTokensPerScript(names: NamesLike, work: NameWork = plainWork): string[][] {
  return scriptTokens(names, work)
    .map(({ given, other, family }) => [...given, ...other, ...family])
    .filter((tokens) => tokens.length > 0);
}

/** Every token of a person's names in all scripts, de-duplicated (see nameTokens). */
export function personNameTokens(names: NamesLike): string[] {
  return [...new Set(nameTokensPerScript(names).flat())];
}

function blockingKey(tokens: readonly string[], work: NameWork): string | undefined {
  if (tokens.length === 0) return undefined;
  return [...new Set(tokens.map((token) => work.skeleton(token)))].sort().join(' ');
}

/**
 * Blocking keys for finding duplicates: for each script, the sorted skeletons of given and
 * family names (sorted, so a swapped order still meets), of first given with last family name,
 * and of every part when there is an "other" part. Two people sharing any key are candidates.
 * "Mohamed Ould Abdallahi", "Muhammad wuld Abd Allah" and "محمد ولد عبد الله" all give "bdl mhmd".
 */
export function personNameKeys(names: NamesLike, work: NameWork = plainWork): string[] {
  const keys = scriptTokens(names, work).flatMap(({ given, other, family }) => {
    const first = given[0];
    const last = family.at(-1);
    return [
      blockingKey([...given, ...family], work),
      first !== undefined && last !== undefined ? blockingKey([first, last], work) : undefined,
      other.length > 0 ? blockingKey([...given, ...other, ...family], work) : undefined,
    ];
  });
  return [...new Set(keys.filter((key): key is string => key !== undefined))];
}
