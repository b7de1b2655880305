import Dexie from 'dexie';
import { bytesEqual } from '../../crypto/bytes';
import type { Clock } from '../clock';
import { isoAt } from '../clock';
import type { OfficeDb } from '../db/office-db';
import type { QuarantineRow } from '../db/rows';
import type { DamageReport } from './damage-report';
import { rawTransactions } from './raw-transactions';

export type DamageListener = (report: DamageReport) => void;

/**
 * Moves sealed rows that fail to open into the `quarantine` table, in their own transaction after
 * the read that found them (which may be read-only), and tells listeners. The row is moved only
 * if it is still the same damaged row (a good write since then wins). Reads never wait for this.
 */
export class Quarantine {
  #listeners = new Set<DamageListener>();
  #pending = new Map<string, Promise<void>>();
  #damaged = new Set<string>();

  constructor(
    private readonly db: OfficeDb,
    private readonly clock: Clock,
  ) {}

  onDamage(listener: DamageListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether a row was found damaged since the store opened (so a get can say so). */
  wasDamaged(table: string, key: string | number): boolean {
    return this.#damaged.has(`${table}|${key}`);
  }

  report(report: DamageReport, stored: unknown): void {
    const id = `${report.table}|${report.key}`;
    this.#damaged.add(id);
    for (const listener of this.#listeners) listener(report);
    if (this.#pending.has(id)) return;
    const move = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => Dexie.ignoreTransaction(() => this.#move(report, stored)))
      .catch((error: unknown) => console.warn('store: quarantine failed', (error as Error).name))
      .finally(() => this.#pending.delete(id));
    this.#pending.set(id, move);
  }

  /** Resolves when every move started so far has finished. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending.values());
  }

  async #move(report: DamageReport, stored: unknown): Promise<void> {
    const table = this.db.table(report.table);
    await this.db.transaction('rw', [table, this.db.quarantine], async (tx) => {
      rawTransactions.add(tx.idbtrans);
      const current: unknown = await table.get(report.key);
      if (!sameStoredRow(current, stored)) return;
      const row: QuarantineRow = {
        table: report.table,
        key: report.key,
        reason: report.reason,
        quarantinedAt: isoAt(this.clock),
        row: current,
      };
      await this.db.quarantine.add(row);
      await table.delete(report.key);
    });
  }
}

function sameStoredRow(a: unknown, b: unknown): boolean {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ivA = (a as { iv?: unknown }).iv;
  const ivB = (b as { iv?: unknown }).iv;
  if (ivA instanceof Uint8Array && ivB instanceof Uint8Array) return bytesEqual(ivA, ivB);
  return ivA === undefined && ivB === undefined;
}
