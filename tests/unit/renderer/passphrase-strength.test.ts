import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../renderer/src/forms/passphrase-strength';

describe('passphrase strength feedback', () => {
  it('says nothing is typed for an empty or blank field', () => {
    expect(passphraseStrength('')).toEqual({ level: 'empty', problems: [] });
    expect(passphraseStrength('   ')).toEqual({ level: 'empty', problems: [] });
  });

  it('refuses what the store refuses, with the reasons', () => {
    expect(passphraseStrength('password1234567')).toEqual({
      level: 'refused',
      problems: ['too-common'],
    });
    expect(passphraseStrength('short one').problems).toContain('too-short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa').problems).toContain('too-repetitive');
    expect(passphraseStrength('moussa rides the blue bus', 'moussa').problems).toEqual([
      'contains-username',
    ]);
  });

  it('grows with length: long passphrases beat complex short ones', () => {
    expect(passphraseStrength('Tr0ub4dor&3x!').level).toBe('acceptable');
    expect(passphraseStrength('lantern river stone').level).toBe('strong');
    expect(passphraseStrength('lantern river stone window harbour').level).toBe('very-strong');
  });

  it('counts five or more words one level up', () => {
    expect(passphraseStrength('ab cd ef gh ij').level).toBe('strong');
    expect(passphraseStrength('tea sun map cup').level).toBe('acceptable');
  });

  it('accepts passphrases in Arabic script', () => {
    expect(passphraseStrength('القمر فوق النهر الهادئ').level).not.toBe('refused');
  });
});
