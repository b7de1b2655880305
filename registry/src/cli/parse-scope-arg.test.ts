import { describe, expect, it } from 'vitest';
import { parseScopeArg } from './parse-scope-arg';

describe('parseScopeArg', () => {
  it('reads the three kinds of scope', () => {
    expect(parseScopeArg('national')).toEqual({ ok: true, scope: { kind: 'national' } });
    expect(parseScopeArg('residence:FR,it, FR')).toEqual({
      ok: true,
      scope: { kind: 'residence', countries: ['FR', 'IT'] },
    });
    expect(parseScopeArg('regions:NE-8')).toEqual({
      ok: true,
      scope: { kind: 'regions', regions: ['NE-8'] },
    });
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      'world',
      'national:FR',
      'residence:',
      'residence:France',
      'regions:8',
      'regions:NE-8:x',
    ]) {
      expect(parseScopeArg(text)).toEqual({ ok: false });
    }
  });
});
