import { parsePhoneNumber } from 'awesome-phonenumber';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  generatePeople,
  generatePeopleChunks,
  generatePerson,
} from '../../../bench/lib/generate-people';
import { measurePeople } from '../../../bench/lib/measure-people';

const sample = generatePeople(2000, DEFAULT_SEED);

describe('generatePeople', () => {
  it('is deterministic: same seed, same records', () => {
    expect(generatePeople(300, 42)).toEqual(generatePeople(300, 42));
  });

  it('gives other records for another seed', () => {
    const a = generatePeople(50, 1).map((p) => p.id);
    const b = generatePeople(50, 2).map((p) => p.id);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('makes record i independent of the records before it', () => {
    expect(generatePeople(10, 7, 95)).toEqual(generatePeople(105, 7).slice(95));
    expect(generatePerson(7, 100)).toEqual(generatePeople(101, 7)[100]);
  });

  it('streams the same records in chunks', () => {
    const chunks = [...generatePeopleChunks(2500, 9, 1000)];
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 500]);
    expect(chunks.flat()).toEqual(generatePeople(2500, 9));
  });

  it('gives unique ids', () => {
    expect(new Set(sample.map((p) => p.id)).size).toBe(sample.length);
  });

  it('makes records of realistic size (about 2 KiB with the domain schema)', () => {
    // PERFORMANCE.md's reference record is ~1 KB; records shaped by shared/domain's Person
    // (every coded value is a {list, version, code} object) come out near 2 KiB.
    const { meanJsonBytes } = measurePeople(sample);
    expect(meanJsonBytes).toBeGreaterThan(1.5 * 1024);
    expect(meanJsonBytes).toBeLessThan(2.5 * 1024);
  });

  it('mixes Latin, Arabic and Ethiopic scripts', () => {
    const { arabicShare, ethiopicShare } = measurePeople(sample);
    expect(sample.every((p) => p.names.latin?.given !== undefined)).toBe(true);
    expect(arabicShare).toBeGreaterThan(0.2);
    expect(ethiopicShare).toBeGreaterThan(0.05);
    const arabic = sample.flatMap((p) => (p.names.arabic ? [p.names.arabic] : []));
    const ethiopic = sample.flatMap((p) => (p.names.ethiopic ? [p.names.ethiopic] : []));
    expect(arabic.every((n) => /^[\p{Script=Arabic} ]+$/u.test(`${n.given}${n.family}`))).toBe(
      true,
    );
    expect(ethiopic.every((n) => /^[\p{Script=Ethiopic} ]+$/u.test(`${n.given}${n.family}`))).toBe(
      true,
    );
  });

  it('spells the same name several ways', () => {
    const givens = new Set(sample.map((p) => p.names.latin?.given));
    for (const variant of ['Mohamed', 'Muhammad', 'Mohammed']) expect(givens).toContain(variant);
  });

  it('fills skills, languages and investment interests within the reference ranges', () => {
    for (const p of sample) {
      expect(p.skills.length).toBeGreaterThanOrEqual(2);
      expect(p.skills.length).toBeLessThanOrEqual(5);
      expect(p.languages.length).toBeGreaterThanOrEqual(1);
      expect(p.languages.length).toBeLessThanOrEqual(3);
      expect(p.investmentInterests.length).toBeLessThanOrEqual(2);
    }
    expect(sample.some((p) => p.investmentInterests.length === 2)).toBe(true);
  });

  it('gives valid mobile numbers in E.164', () => {
    const numbers = sample.flatMap((p) => p.phones.map((ph) => ph.number));
    const invalid = numbers.filter((n) => !parsePhoneNumber(n).valid);
    expect(invalid).toEqual([]);
  });

  it('weights countries of residence towards France', () => {
    const counts = new Map<string, number>();
    for (const p of sample) {
      const c = p.residence?.country.code ?? '';
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top).toBe('FR');
    expect(counts.size).toBeGreaterThan(10);
  });
});
