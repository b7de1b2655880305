import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../bench/lib/generate-people';
import { Person } from '../../../shared/domain';

describe('generated people against the domain schema', () => {
  const sample = generatePeople(200, 123);

  it('parse with shared/domain Person', () => {
    const failures = sample.flatMap((p, i) => {
      const result = Person.safeParse(p);
      return result.success ? [] : [{ i, issues: result.error.issues }];
    });
    expect(failures).toEqual([]);
  });

  it('come out of parsing unchanged (already normalised, defaults filled)', () => {
    for (const p of sample) expect(Person.parse(p)).toEqual(p);
  });
});
