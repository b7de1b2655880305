import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body';

describe('parseBody', () => {
  const Schema = z.object({
    name: z.string().max(3),
    fields: z.record(z.string().max(10), z.number()),
  });

  it('gives the parsed value', () => {
    expect(parseBody(Schema, { name: 'abc', fields: { a: 1 } })).toEqual({
      ok: true,
      value: { name: 'abc', fields: { a: 1 } },
    });
  });

  it('gives paths and stable codes, and hides keys that do not look like field names', () => {
    const secretKey = 'Jean Dupont 1990';
    const result = parseBody(Schema, { name: 'abcd', fields: { ok_key: 'x', [secretKey]: 2 } });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['name'], code: 'too-long' },
        { path: ['fields', 'ok_key'], code: 'invalid-type' },
        { path: ['fields', '*'], code: expect.any(String) },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('Jean');
  });

  it('reports a missing body as required', () => {
    expect(parseBody(Schema, undefined)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'required' }],
    });
  });
});
