import type { QuarantineReason } from '../db/rows';

/** A sealed row that would not open: ids only, never content. */
export interface DamageReport {
  readonly table: string;
  readonly key: string | number;
  readonly recordType: string | null;
  readonly reason: QuarantineReason;
}

export type DamageSink = (report: DamageReport, stored: unknown) => void;

export function damageReportOf(
  table: string,
  primaryKey: string,
  stored: unknown,
  reason: QuarantineReason,
): DamageReport {
  const row = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const key = row[primaryKey];
  return {
    table,
    key: typeof key === 'number' || typeof key === 'string' ? key : '',
    recordType: typeof row.type === 'string' ? row.type : null,
    reason,
  };
}
