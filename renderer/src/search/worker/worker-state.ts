import type { OfficeDb } from '../../store/db/office-db';
import type { IndexProgress } from '../member-search-types';
import type { ConsentFacts } from '../index/consent-facts';
import type { MemberIndex } from '../index/member-index';
import type { ProjectionOptions } from '../index/project-member';

/** What the worker holds after `open`: all of it in memory, gone when the worker ends. */
export interface OpenIndex {
  readonly db: OfficeDb;
  readonly dataKey: CryptoKey;
  readonly index: MemberIndex;
  readonly consents: ConsentFacts;
  readonly projection: ProjectionOptions;
  /** Resolves when the initial load has finished (changes arriving before wait for it). */
  readonly loaded: Promise<void>;
  /**
   * Every record with a `changeSeq` at or below this is in the index (changes above it may be
   * too, from refreshes, but are not promised). Set by the load, advanced by snapshot writes.
   */
  watermark: number;
  /** Runs `work` after every refresh or snapshot write queued before it (one at a time). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Pending debounced snapshot write, if any. */
  snapshotTimer?: ReturnType<typeof setTimeout>;
}

export interface WorkerState {
  open: OpenIndex | null;
  progress: IndexProgress;
  report(progress: IndexProgress): void;
}
