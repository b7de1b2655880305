// Not the codelists barrel: it pulls every list (languages, subdivisions) into this worker.
import { loadCodeList } from '../../../../shared/codelists/load-code-list';
import { searchList } from '../../../../shared/codelists/search-list';
import type { Locale } from '../../../../shared/i18n/locales';
import type { OfficeDb } from '../../store/db/office-db';
import { ConsentFacts } from '../index/consent-facts';
import { MemberIndex } from '../index/member-index';
import { nameTextKeys } from '../index/name-text-keys';
import { loadMembers } from './load-members';
import { warmPrefixesInBackground } from './warm-prefixes';
import type { OpenIndex, WorkerState } from './worker-state';

const iscoList = loadCodeList('isco-08');

export interface OpenIndexOptions {
  readonly db: OfficeDb;
  readonly dataKey: CryptoKey;
  readonly highRisk: boolean;
  readonly locale: Locale;
}

/**
 * An empty index over the office database, made current in `state`, with its initial load
 * started (progress is reported while it runs). A load that another index has replaced in the
 * meantime (see handleRefresh) fills its own index, which nothing reads, and reports nothing.
 */
export async function createOpenIndex(
  state: WorkerState,
  { db, dataKey, highRisk, locale }: OpenIndexOptions,
): Promise<OpenIndex> {
  const isco = await iscoList;
  const index: MemberIndex = new MemberIndex({
    textKeys: nameTextKeys,
    occupationGroups: (word) => searchList(isco, word, index.locale, 50).map((m) => m.code),
    locale,
  });
  let finish!: () => void;
  let queue: Promise<unknown> = Promise.resolve();
  const open: OpenIndex = {
    db,
    dataKey,
    index,
    consents: new ConsentFacts(),
    projection: { highRisk },
    loaded: new Promise<void>((resolve) => (finish = resolve)),
    watermark: 0,
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const run = queue.then(work, work);
      // Settles with nothing: the queue must not keep the last result (a snapshot's content,
      // a ranking) alive until the next call.
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
  };
  state.open = open;
  const current = () => state.open === open;
  void loadMembers(state, open, current)
    .catch(() => {
      if (current()) state.report({ ...state.progress, phase: 'failed' });
    })
    .finally(finish)
    .then(() => {
      if (current()) void warmPrefixesInBackground(index, current);
    });
  return open;
}
