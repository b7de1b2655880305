import { openBenchOffice, type BenchOffice } from '../../../renderer/src/store/bench-hooks';
import type { RecordRow } from '../../../renderer/src/store/db/rows';
import { bulkPutSealed } from '../../../renderer/src/store/records/bulk-put-sealed';
import { generatePeople } from '../../lib/generate-people';
import { generateConsents } from './generate-consents';

const FILL_CHUNK = 1000;

export interface SearchOffice {
  readonly office: BenchOffice;
  readonly n: number;
  readonly seed: number;
  /** Records stored (people and their consents). */
  readonly records: number;
  /** How long filling took (generation included; not a figure of any row). */
  readonly fillMs: number;
}

const offices = new Map<string, Promise<SearchOffice>>();

async function fill(n: number, seed: number): Promise<SearchOffice> {
  const start = performance.now();
  const office = await openBenchOffice(`bench-search-${n}-${seed}`);
  let records = 0;
  // A chunk at a time, so 200,000 people never sit in the page's memory at once.
  for (let at = 0; at < n; at += FILL_CHUNK) {
    const people = generatePeople(Math.min(FILL_CHUNK, n - at), seed, at);
    const rows = people.flatMap((person, i) => [person, ...generateConsents(person, seed, at + i)]);
    const stored = rows.map((row) => ({ ...row, syncState: 'synced' }) as RecordRow);
    await bulkPutSealed(office.store, stored, FILL_CHUNK);
    records += stored.length;
  }
  return { office, n, seed, records, fillMs: performance.now() - start };
}

/**
 * An encrypted office database holding the first `n` generated people of `seed` and their
 * consents, sealed as the app seals them (bulkPutSealed), filled once per page and kept for the
 * search rows (P5-P8, P16) that read it. `n = 0` gives an office with no members.
 */
export function searchOffice(n: number, seed: number): Promise<SearchOffice> {
  const key = `${n}:${seed}`;
  let office = offices.get(key);
  if (!office) {
    office = fill(n, seed);
    offices.set(key, office);
    office.catch(() => offices.delete(key));
  }
  return office;
}

/** Deletes an office database filled by {@link searchOffice}. */
export async function dropSearchOffice(n: number, seed: number): Promise<void> {
  const key = `${n}:${seed}`;
  const office = offices.get(key);
  offices.delete(key);
  await (await office)?.office.dispose();
}
