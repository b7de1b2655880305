import currencyCodes from 'currency-codes';
import { iso31661, iso31662 } from 'iso-3166';
import { iso6393 } from 'iso-639-3';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../bench/lib/generate-people';

const known: Record<string, (code: string) => boolean> = {
  'iso-3166-1': (
    (set) => (c: string) =>
      set.has(c)
  )(new Set(iso31661.map((c) => c.alpha2))),
  'iso-3166-2': (
    (set) => (c: string) =>
      set.has(c)
  )(new Set(iso31662.map((c) => c.code))),
  'iso-639-3': (
    (set) => (c: string) =>
      set.has(c)
  )(new Set(iso6393.map((l) => l.iso6393))),
  'iso-4217': (c) => currencyCodes.code(c) !== undefined,
};

function codedValues(value: unknown, out: { list: string; code: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) codedValues(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.list === 'string' && typeof o.code === 'string') {
      out.push({ list: o.list, code: o.code });
    }
    for (const v of Object.values(o)) codedValues(v, out);
  }
  return out;
}

describe('generated coded values', () => {
  it('use codes that exist in the ISO lists', () => {
    const unknown = new Set<string>();
    for (const { list, code } of codedValues(generatePeople(3000, 11))) {
      const check = known[list];
      if (check && !check(code)) unknown.add(`${list}:${code}`);
    }
    expect([...unknown]).toEqual([]);
  });
});
