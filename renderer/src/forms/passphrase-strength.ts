import { checkPassphrase, type PassphraseProblem } from '../store';

export const strengthLevels = ['empty', 'refused', 'acceptable', 'strong', 'very-strong'] as const;
export type StrengthLevel = (typeof strengthLevels)[number];

export interface PassphraseStrength {
  readonly level: StrengthLevel;
  /** Why the store would refuse it; empty when it may be used. */
  readonly problems: readonly PassphraseProblem[];
}

/**
 * Live feedback on a new passphrase. Whether it may be used is the store's policy
 * ({@link checkPassphrase}); how strong an accepted one is grows with its length, and a
 * passphrase of five or more words counts one level up: length beats complexity.
 */
export function passphraseStrength(passphrase: string, username?: string): PassphraseStrength {
  const text = passphrase.normalize('NFC').trim();
  if (text === '') return { level: 'empty', problems: [] };
  const problems = checkPassphrase(passphrase, { username });
  if (problems.length > 0) return { level: 'refused', problems };
  const length = [...text].length;
  const words = text.split(/\s+/u).filter((word) => [...word].length >= 2).length;
  let rank = length >= 24 ? 2 : length >= 16 ? 1 : 0;
  if (words >= 5) rank = Math.min(2, rank + 1);
  const level = (['acceptable', 'strong', 'very-strong'] as const)[rank]!;
  return { level, problems };
}
