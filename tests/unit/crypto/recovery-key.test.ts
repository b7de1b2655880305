import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase32, encodeBase32 } from '../../../renderer/src/crypto/base32';
import { generateRecoveryKey, parseRecoveryKey } from '../../../renderer/src/crypto/recovery-key';

describe('base32', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 40 }), (bytes) => {
        expect(decodeBase32(encodeBase32(bytes), bytes.length)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(decodeBase32('ABCU', 2)).toBeNull();
  });
});

describe('recovery key', () => {
  it('is 8 groups of 5 unambiguous characters, different each time', async () => {
    const a = await generateRecoveryKey();
    const b = await generateRecoveryKey();
    expect(a).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(a).not.toBe(b);
  });

  it('reads back what was printed, however it is typed', async () => {
    const key = await generateRecoveryKey();
    const typed = key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await parseRecoveryKey(typed)).toBe(key);
  });

  it('catches a typo with its check character', async () => {
    const key = await generateRecoveryKey();
    const chars = key.split('');
    let typos = 0;
    for (const at of [0, 7, 20, 33]) {
      const wrong = [...chars];
      wrong[at] = wrong[at] === 'A' ? 'B' : 'A';
      if ((await parseRecoveryKey(wrong.join(''))) === null) typos += 1;
    }
    // One check byte: a typo slips through 1 time in 256.
    expect(typos).toBeGreaterThanOrEqual(3);
    expect(await parseRecoveryKey('TOO-SHORT')).toBeNull();
  });
});
