import type { PassphraseProblem } from '../store-error';
import { commonPassphrases } from './common-passphrases';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_WORDS = 4;
const MIN_DISTINCT_CHARACTERS = 5;

const common: ReadonlySet<string> = new Set(commonPassphrases);

/** Letters and digits only, lowercased: how a passphrase is compared with the common list. */
function skeleton(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a passphrase may be used. Long passphrases are favoured over complex ones: at least 12
 * characters, or at least 4 words (scripts with long syllables make short words). No composition
 * rules. Refused: common passwords and phrases (with digits or punctuation around them too), one
 * or two characters repeated, the username inside it. Returns every problem, or none.
 */
export function checkPassphrase(
  passphrase: string,
  context: { username?: string } = {},
): PassphraseProblem[] {
  const text = passphrase.normalize('NFC').trim();
  const problems: PassphraseProblem[] = [];
  const words = text.split(/\s+/u).filter((w) => [...w].length >= 2);
  if ([...text].length < MIN_PASSPHRASE_LENGTH && words.length < MIN_PASSPHRASE_WORDS) {
    problems.push('too-short');
  }
  if (isCommon(text)) problems.push('too-common');
  if (new Set(text.toLowerCase()).size < MIN_DISTINCT_CHARACTERS) problems.push('too-repetitive');
  const username = context.username?.trim().toLowerCase() ?? '';
  if (username.length >= 3 && text.toLowerCase().includes(username)) {
    problems.push('contains-username');
  }
  return problems;
}

function isCommon(text: string): boolean {
  const core = skeleton(text);
  const candidates = [
    core,
    core.replace(/^\d+|\d+$/g, ''),
    core.replace(/\d+/g, ''),
    collapseRepeats(core),
  ];
  return candidates.some((c) => c.length === 0 || common.has(c));
}

/** `passwordpassword` -> `password`: the shortest unit the text repeats. */
function collapseRepeats(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return text.slice(0, size);
    }
  }
  return text;
}
