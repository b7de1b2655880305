export type Cell = string | number | Date | null;

function text(cell: Cell): string {
  if (cell === null) return '-';
  if (cell instanceof Date) return cell.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return String(cell);
}

/** Left-aligned columns separated by two spaces, with a header line. */
export function formatTable(headers: readonly string[], rows: readonly Cell[][]): string[] {
  const cells = [headers.map(String), ...rows.map((row) => row.map(text))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
