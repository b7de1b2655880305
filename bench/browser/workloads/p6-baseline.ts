import MiniSearch from 'minisearch';
import { idsOfType, readRecords } from '../../../renderer/src/search/worker/read-records';
import { OfficeDb } from '../../../renderer/src/store/db/office-db';
import { definePageWorkload } from '../bench-api';

export interface BaselineParams {
  dbName: string;
  dataKey: CryptoKey;
  keystrokes: string[];
  /** Drops the baseline index after the last keystrokes. */
  release?: boolean;
}

interface NameDoc {
  id: number;
  names: string;
}

type NameParts = { given?: string; other?: string; family?: string };

const CHUNK = 2000;
let built: { dbName: string; search: MiniSearch<NameDoc> } | undefined;

function namesOf(row: unknown): string {
  const names = (row as { names?: Record<string, NameParts | undefined> }).names ?? {};
  return Object.values(names)
    .flatMap((parts) => (parts ? [parts.given, parts.other, parts.family] : []))
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

async function buildBaseline(dbName: string, key: CryptoKey): Promise<MiniSearch<NameDoc>> {
  if (built?.dbName === dbName) return built.search;
  const db = new OfficeDb(dbName);
  await db.open();
  const search = new MiniSearch<NameDoc>({ fields: ['names'], idField: 'id' });
  try {
    const ids = await idsOfType(db, 'person');
    let next = 0;
    for (let at = 0; at < ids.length; at += CHUNK) {
      const rows = await readRecords(db, key, ids.slice(at, at + CHUNK));
      search.addAll(rows.map((row) => ({ id: next++, names: namesOf(row) })));
    }
  } finally {
    db.close();
  }
  built = { dbName, search };
  return search;
}

/**
 * P6's baseline, in the bench worker: MiniSearch over the members' names as written, lower-cased
 * (MiniSearch's own tokenizer, no script keys, no transliteration, no skills, no facets), built
 * once from the same encrypted office, then the same keystrokes with the app's prefix and fuzzy
 * options. Returns each keystroke's search time.
 */
export default definePageWorkload<BaselineParams, { ms: number; total: number }[]>({
  id: 'p6-baseline',
  async run({ dbName, dataKey, keystrokes, release }) {
    const search = await buildBaseline(dbName, dataKey);
    if (release) built = undefined;
    return keystrokes.map((text) => {
      const start = performance.now();
      const results = search.search(text, {
        prefix: true,
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        maxFuzzy: 2,
        combineWith: 'AND',
      });
      return { ms: performance.now() - start, total: results.length };
    });
  },
});
