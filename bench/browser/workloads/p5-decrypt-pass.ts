import { idsOfType, readRecords } from '../../../renderer/src/search/worker/read-records';
import { OfficeDb } from '../../../renderer/src/store/db/office-db';
import { definePageWorkload } from '../bench-api';

export interface DecryptPassParams {
  dbName: string;
  dataKey: CryptoKey;
}

export interface DecryptPassFigures {
  people: number;
  consents: number;
}

const CHUNK = 2000;

async function decryptAll(db: OfficeDb, key: CryptoKey, ids: readonly string[]): Promise<number> {
  let opened = 0;
  for (let at = 0; at < ids.length; at += CHUNK) {
    opened += (await readRecords(db, key, ids.slice(at, at + CHUNK))).length;
  }
  return opened;
}

/**
 * P5's baseline, run in the bench worker: the rows the search worker loads (consents, then
 * people, by the same reads and the store's openRow) decrypted and dropped, with no
 * projection and no index.
 */
export default definePageWorkload<DecryptPassParams, DecryptPassFigures>({
  id: 'p5-decrypt-pass',
  async run({ dbName, dataKey }) {
    const db = new OfficeDb(dbName);
    await db.open();
    try {
      const [consentIds, personIds] = await Promise.all([
        idsOfType(db, 'consent'),
        idsOfType(db, 'person'),
      ]);
      const consents = await decryptAll(db, dataKey, consentIds);
      const people = await decryptAll(db, dataKey, personIds);
      return { people, consents };
    } finally {
      db.close();
    }
  },
});
