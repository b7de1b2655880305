import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { domainErrorCodes, isDomainErrorCode, issueCode } from '../../../../shared/domain';

describe('issueCode', () => {
  it('maps zod issues to stable codes when used as a per-parse error map', () => {
    const schema = z.object({ name: z.string().max(3), tags: z.array(z.string()).max(1) });
    const result = schema.safeParse({ tags: ['a', 'b'] }, { error: issueCode });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'required'],
      ['tags', 'too-many'],
    ]);
    expect(z.email().safeParse('x', { error: issueCode }).error?.issues[0]?.message).toBe(
      'invalid-email',
    );
  });

  it('recognises only its own codes', () => {
    expect(domainErrorCodes.every(isDomainErrorCode)).toBe(true);
    expect(isDomainErrorCode('Invalid input: expected string')).toBe(false);
    expect(isDomainErrorCode(42)).toBe(false);
  });
});
