import { describe, expect, it } from 'vitest';
import { row } from '../../../bench/lib/bench-types';
import { formatNumber, formatTable } from '../../../bench/lib/format-table';

describe('formatTable', () => {
  it('prints a header, a rule and one line per row', () => {
    const table = formatTable([
      row({
        id: 'P1',
        metric: 'import',
        value: 4321.4,
        unit: 'rec/s',
        baseline: 5000,
        ratio: 1.157,
      }),
      row({
        id: 'generate',
        metric: 'size',
        value: 2.5,
        unit: 'KiB',
        target: '~1 KB',
        pass: false,
      }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^id\s+metric\s+value\s+unit\s+baseline\s+ratio\s+target\s+pass$/);
    expect(lines[2]).toContain('4,321');
    expect(lines[2]).toContain('1.16');
    expect(lines[3]).toMatch(/~1 KB\s+NO$/);
  });

  it('formats numbers by magnitude', () => {
    expect(formatNumber(null)).toBe('-');
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.1234)).toBe('0.12');
  });
});
