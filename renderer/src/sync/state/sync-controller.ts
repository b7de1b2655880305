import { onRecordsCommitted } from '../../store/records/record-changes';
import type { Session } from '../../store/session';
import { setAsideLocalOps } from '../engine/set-aside-local-ops';
import { runSync } from '../engine/run-sync';
import type { SyncProgress } from '../engine/sync-context';
import { loadLink } from '../link/link-storage';
import { viewOfLink } from '../link/registry-link';
import type { RegistryLinkView } from '../link/registry-link';
import type { SyncFailureCode } from '../sync-failure';
import { failureCodeOf, isTransient, locksSync } from '../sync-failure';
import { syncTables } from '../sync-tables';
import type { SyncTransport } from '../transport/sync-transport';
import { backoffDelayMs } from './backoff-delay';
import type { RefusedChange, SyncStatusMeta } from './sync-meta';
import {
  emptyStatus,
  readIntervalMinutes,
  readRefused,
  readSyncStatus,
  writeRefused,
  writeSyncStatus,
} from './sync-meta';

export interface SyncView {
  readonly link: RegistryLinkView | null;
  readonly running: boolean;
  readonly progress: SyncProgress | null;
  readonly status: SyncStatusMeta;
  /** Local changes the registry has not confirmed yet. */
  readonly pending: number;
  readonly openConflicts: number;
  readonly intervalMinutes: number;
  /** Local changes the registry refused, newest last. */
  readonly refused: readonly RefusedChange[];
}

const MAX_RETRIES = 4;

/**
 * Runs sync for one unlocked session: one run at a time, cancellable, on "Sync now" and on an
 * interval while online, retrying network failures with backoff and jitter. Locking failures
 * (revoked device, outdated app) stop the schedule until the person acts.
 */
export class SyncController {
  #view: SyncView = {
    link: null,
    running: false,
    progress: null,
    status: emptyStatus,
    pending: 0,
    openConflicts: 0,
    intervalMinutes: 0,
    refused: [],
  };
  #listeners = new Set<() => void>();
  #abort: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly session: Session,
    readonly transport: SyncTransport,
  ) {}

  view = (): SyncView => this.#view;
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(patch: Partial<SyncView>): void {
    this.#view = { ...this.#view, ...patch };
    for (const listener of this.#listeners) listener();
  }

  /** Re-reads link, status and counts from the store (after enrollment, a write, a run). */
  async refresh(): Promise<void> {
    const { db } = this.session.store;
    const t = syncTables(db);
    const linked = await loadLink(this.session.store).catch(() => null);
    // Staff and office edits are never sent: they must not count as changes waiting.
    if (linked) await setAsideLocalOps(db).catch(() => undefined);
    const [link, status, outbox, openConflicts, intervalMinutes, refused] = await Promise.all([
      Promise.resolve(linked),
      readSyncStatus(db),
      db.outbox.count(),
      t.conflicts.where('status').equals('open').count(),
      readIntervalMinutes(db),
      readRefused(db),
    ]);
    this.#set({
      link: link && viewOfLink(link),
      status,
      pending: outbox,
      openConflicts,
      intervalMinutes,
      refused,
    });
  }

  /** Clears the list of refused changes once a person has dealt with them. */
  async dismissRefused(): Promise<void> {
    const { db } = this.session.store;
    await writeRefused(db, []);
    const status = await readSyncStatus(db);
    await writeSyncStatus(db, { ...status, rejectedOps: 0 });
    await this.refresh();
  }

  cancel(): void {
    this.#abort?.abort();
  }

  /** Syncs now unless a run is going; resolves when it ends (never throws). */
  async syncNow(): Promise<void> {
    if (this.#abort) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ running: true, progress: null });
    const error = await this.#runWithRetries(abort.signal);
    this.#abort = null;
    await this.#record(error);
    this.#set({ running: false, progress: null });
    await this.refresh();
  }

  async #runWithRetries(signal: AbortSignal): Promise<SyncFailureCode | null> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const link = await loadLink(this.session.store);
        if (!link) return 'not-connected';
        const onProgress = (progress: SyncProgress) => this.#set({ progress });
        const summary = await runSync({ ...this.#parts(link, signal), onProgress });
        this.#lastSummary = summary;
        return null;
      } catch (error) {
        const code = failureCodeOf(error);
        if (!isTransient(code) || attempt >= MAX_RETRIES || signal.aborted) return code;
        await sleep(backoffDelayMs(attempt), signal).catch(() => undefined);
        if (signal.aborted) return 'cancelled';
      }
    }
  }

  #lastSummary: { rejected: number; driftMs: number | null } | null = null;

  #parts(link: NonNullable<Awaited<ReturnType<typeof loadLink>>>, signal: AbortSignal) {
    return { session: this.session, link, transport: this.transport, signal };
  }

  async #record(error: SyncFailureCode | null): Promise<void> {
    const { db } = this.session.store;
    const before = await readSyncStatus(db).catch(() => emptyStatus);
    const summary = error === null ? this.#lastSummary : null;
    const status: SyncStatusMeta = {
      lastSyncAt:
        error === null ? new Date(this.session.store.clock.now()).toISOString() : before.lastSyncAt,
      lastError: error,
      driftMs: summary ? summary.driftMs : before.driftMs,
      rejectedOps: before.rejectedOps + (summary?.rejected ?? 0),
    };
    await writeSyncStatus(db, status).catch(() => undefined);
    this.#lastSummary = null;
  }

  /** Starts the interval schedule (and a run when the link comes back online). */
  start(): () => void {
    const tick = async () => {
      await this.refresh().catch(() => undefined);
      const { link, intervalMinutes, status } = this.#view;
      const locked = status.lastError !== null && locksSync(status.lastError);
      if (link && intervalMinutes > 0 && navigator.onLine && !locked) await this.syncNow();
      this.#timer = setTimeout(tick, Math.max(1, this.#view.intervalMinutes) * 60_000);
    };
    const online = () => void this.syncNow();
    window.addEventListener('online', online);
    this.#timer = setTimeout(tick, 5_000);
    // Counts follow local edits (debounced: an import commits many transactions).
    let soon: ReturnType<typeof setTimeout> | null = null;
    const stopWatching = onRecordsCommitted(this.session.store.db, () => {
      soon ??= setTimeout(() => {
        soon = null;
        if (!this.#abort) void this.refresh().catch(() => undefined);
      }, 300);
    });
    return () => {
      stopWatching();
      if (soon) clearTimeout(soon);
      window.removeEventListener('online', online);
      if (this.#timer) clearTimeout(this.#timer);
      this.cancel();
    };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}
