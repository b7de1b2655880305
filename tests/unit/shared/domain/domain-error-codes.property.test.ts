import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainRecord,
  Person,
  isDomainErrorCode,
  personFields,
  recordSchemas,
  recordTypes,
} from '../../../../shared/domain';
import { ethiopianInvestor, nigerienEngineer } from './fixtures';
import { personArbitrary } from './person-arbitrary';

/** Every message a schema produced, with any that are not stable codes. */
function strayMessages(
  schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } },
  value: unknown,
) {
  const issues = schema.safeParse(value).error?.issues ?? [];
  return issues.map((i) => i.message).filter((m) => !isDomainErrorCode(m));
}

/** Each (field, key) one level inside a profile's object and list fields. */
function nestedTargets(profile: Record<string, unknown>) {
  return Object.entries(profile).flatMap(([field, value]) => {
    const inner: unknown = Array.isArray(value) ? value[0] : value;
    if (inner === null || typeof inner !== 'object') return [];
    return Object.keys(inner).map((key) => ({ profile, field, key }));
  });
}

describe('domain error messages (property)', () => {
  it('are stable codes for any junk, whatever the record type', () => {
    const schema = fc.constantFrom(DomainRecord, ...recordTypes.map((t) => recordSchemas[t]));
    fc.assert(
      fc.property(schema, fc.anything(), (s, junk) => {
        expect(strayMessages(s, junk)).toEqual([]);
      }),
    );
  });

  it('are stable codes when any Person field holds anything', () => {
    const field = fc.constantFrom(...personFields);
    const value = fc.oneof(
      fc.anything(),
      fc.anything().map((v) => [v]),
      fc.object(),
    );
    fc.assert(
      fc.property(personArbitrary, field, value, (person, f, v) => {
        expect(strayMessages(Person, { ...person, [f]: v })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('are stable codes when a nested value of a full profile is replaced', () => {
    const profiles = [nigerienEngineer(), ethiopianInvestor()] as Record<string, unknown>[];
    const targets = profiles.flatMap((profile) => nestedTargets(profile));
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.anything(), ({ profile, field, key }, v) => {
        const original = profile[field];
        const changed = Array.isArray(original)
          ? original.map((e) => ({ ...(e as object), [key]: v }))
          : { ...(original as object), [key]: v };
        expect(strayMessages(Person, { ...profile, [field]: changed })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
