import { describe, expect, it } from 'vitest';
import { newEnrollCode, normaliseEnrollCode } from './enroll-code';

describe('enrollment codes', () => {
  it('are four groups of four Crockford base32 characters, different each time', () => {
    const codes = new Set(Array.from({ length: 50 }, newEnrollCode));
    expect(codes.size).toBe(50);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('normalise case, separators and the letters people read as digits', () => {
    expect(normaliseEnrollCode(' ab1o-il0x ')).toBe('AB1011' + '0X');
    expect(normaliseEnrollCode('K7QM-2XVA')).toBe('K7QM2XVA');
  });
});
