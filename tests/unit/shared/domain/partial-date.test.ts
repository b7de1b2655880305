import { describe, expect, it } from 'vitest';
import {
  IsoDate,
  PartialDate,
  isRealDate,
  partialDateBounds,
  partialDatePrecision,
} from '../../../../shared/domain';
import { issuesOf } from './fixtures';

describe('PartialDate', () => {
  it('accepts a year alone, a year and month, or a full date', () => {
    expect(PartialDate.parse({ year: 1979 })).toEqual({ year: 1979 });
    expect(PartialDate.parse({ year: 1984, month: 7 })).toEqual({ year: 1984, month: 7 });
    expect(PartialDate.parse({ year: 2024, month: 2, day: 29 })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('rejects days that do not exist', () => {
    expect(issuesOf(PartialDate, { year: 2023, month: 2, day: 30 })).toEqual([
      ['day', 'invalid-date'],
    ]);
    expect(issuesOf(PartialDate, { year: 2023, month: 2, day: 29 })).toEqual([
      ['day', 'invalid-date'],
    ]);
    expect(issuesOf(PartialDate, { year: 1900, month: 2, day: 29 })).toEqual([
      ['day', 'invalid-date'],
    ]);
    expect(issuesOf(PartialDate, { year: 2000, month: 2, day: 29 })).toEqual([]);
    expect(issuesOf(PartialDate, { year: 2023, month: 4, day: 31 })).toEqual([
      ['day', 'invalid-date'],
    ]);
  });

  it('needs a month before a day, and whole numbers in range', () => {
    expect(issuesOf(PartialDate, { year: 1990, day: 3 })).toEqual([['month', 'required']]);
    expect(issuesOf(PartialDate, { year: 1990, month: 13 })).toEqual([['month', 'too-big']]);
    expect(issuesOf(PartialDate, { year: 1990.5 })).toEqual([['year', 'not-integer']]);
    expect(issuesOf(PartialDate, { month: 3 })).toEqual([['year', 'required']]);
    expect(issuesOf(PartialDate, '1990-03-04')).toEqual([['', 'invalid-type']]);
  });

  it('tells its precision and the range of days it covers', () => {
    expect(partialDatePrecision({ year: 1979 })).toBe('year');
    expect(partialDatePrecision({ year: 1984, month: 7 })).toBe('month');
    expect(partialDatePrecision({ year: 1984, month: 7, day: 1 })).toBe('day');
    expect(partialDateBounds({ year: 1979 })).toEqual({ from: '1979-01-01', to: '1979-12-31' });
    expect(partialDateBounds({ year: 2024, month: 2 })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(partialDateBounds({ year: 1984, month: 7, day: 9 })).toEqual({
      from: '1984-07-09',
      to: '1984-07-09',
    });
  });
});

describe('IsoDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(IsoDate.parse('2029-05-31')).toBe('2029-05-31');
    expect(issuesOf(IsoDate, '2023-02-30')).toEqual([['', 'invalid-date']]);
    expect(issuesOf(IsoDate, '2023-2-3')).toEqual([['', 'invalid-date']]);
    expect(issuesOf(IsoDate, '2023-02-03T00:00:00Z')).toEqual([['', 'invalid-date']]);
  });

  it('agrees with the Gregorian calendar for every day of a leap cycle', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= 31; day += 1) {
          const d = new Date(Date.UTC(year, month - 1, day));
          const exists = d.getUTCMonth() === month - 1;
          expect(isRealDate(year, month, day)).toBe(exists);
        }
      }
    }
  });
});
