import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromPartialDate,
  missingDateParts,
  toPartialDate,
} from '../../../../renderer/src/forms/inputs/partial-date-entry';
import { daysInMonth, PartialDate } from '../../../../shared/domain/partial-date';

describe('partial date entry', () => {
  it('keeps only the parts the chosen precision asks for', () => {
    const typed = { year: '1984', month: '7', day: '14' };
    expect(toPartialDate({ precision: 'day', ...typed })).toEqual({
      year: 1984,
      month: 7,
      day: 14,
    });
    expect(toPartialDate({ precision: 'month', ...typed })).toEqual({ year: 1984, month: 7 });
    expect(toPartialDate({ precision: 'year', ...typed })).toEqual({ year: 1984 });
  });

  it('is no date when nothing is typed, and names the parts still missing otherwise', () => {
    const blank = { precision: 'day' as const, year: '', month: '', day: '' };
    expect(toPartialDate(blank)).toBeUndefined();
    expect(missingDateParts(blank)).toEqual([]);
    expect(missingDateParts({ ...blank, year: '1984' })).toEqual(['month', 'day']);
    expect(missingDateParts({ ...blank, precision: 'year', year: '1984' })).toEqual([]);
  });

  it('passes letters on as NaN so the schema reports them, never as a guessed number', () => {
    const date = toPartialDate({ precision: 'year', year: '19a4', month: '', day: '' });
    expect(PartialDate.safeParse(date).success).toBe(false);
  });

  it('round-trips every valid date at every precision', () => {
    const date = fc
      .record({
        year: fc.integer({ min: 1800, max: 2200 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .chain(({ year, month }) =>
        fc.record({
          year: fc.constant(year),
          month: fc.option(fc.constant(month), { nil: undefined }),
          day: fc.option(fc.integer({ min: 1, max: daysInMonth(year, month) }), { nil: undefined }),
        }),
      )
      .map((d) => PartialDate.parse(d.month === undefined ? { year: d.year } : d));
    fc.assert(
      fc.property(date, (d) => {
        expect(toPartialDate(fromPartialDate(d))).toEqual(d);
      }),
    );
  });
});
