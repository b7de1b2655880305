import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('aligns columns and prints dates in UTC and null as a dash', () => {
    expect(
      formatTable(
        ['id', 'when'],
        [
          ['a', new Date('2026-01-02T03:04:05.678Z')],
          ['bbb', null],
        ],
      ),
    ).toEqual(['id   when', 'a    2026-01-02T03:04:05Z', 'bbb  -']);
  });
});
