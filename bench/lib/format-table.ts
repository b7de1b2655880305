import type { ResultRow } from './bench-types';

export function formatNumber(value: number | null): string {
  if (value === null) return '-';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function passText(pass: boolean | null): string {
  if (pass === null) return '';
  return pass ? 'yes' : 'NO';
}

const HEADERS = ['id', 'metric', 'value', 'unit', 'baseline', 'ratio', 'target', 'pass'] as const;
const RIGHT_ALIGNED = new Set(['value', 'baseline', 'ratio']);

/** A plain-text table, one line per row, columns padded to the widest cell. */
export function formatTable(rows: readonly ResultRow[]): string {
  const cells = rows.map((r) => [
    r.id,
    r.metric,
    formatNumber(r.value),
    r.unit,
    formatNumber(r.baseline),
    formatNumber(r.ratio),
    r.target ?? '',
    passText(r.pass),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const width = widths[i] as number;
        return RIGHT_ALIGNED.has(HEADERS[i] as string) ? v.padStart(width) : v.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADERS), rule, ...cells.map(line)].join('\n');
}
