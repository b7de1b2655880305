import { FIRST_ROWS } from '../../../renderer/src/search/member-search-types';
import { definePageWorkload } from '../bench-api';
import { searchHostFor } from '../lib/host-cache';
import { runInWorker } from '../lib/run-in-worker';
import { openOptions } from '../lib/search-host';
import { searchOffice } from '../lib/search-office';

export interface KeystrokeParams {
  n: number;
  seed: number;
  /** What is typed, one keystroke at a time (each prefix is one query). */
  words: string[];
  /** `index`: the app's search worker; `baseline`: plain MiniSearch over lower-cased names. */
  variant: 'index' | 'baseline';
  /** Baseline only: drop its index afterwards. */
  release?: boolean;
}

export interface Keystroke {
  typed: string;
  total: number;
  /** Page -> worker -> page: the search, answered with the list's first page of rows. */
  roundTripMs: number;
  /** The worker's time for the search request (matching, facet counts, order, first rows). */
  workerMs: number;
  /** The worker was still warming one-letter prefixes (the index only). */
  warming: boolean;
}

/** Every prefix of every word: "Moh" is typed as "M", "Mo", "Moh". */
export function keystrokes(words: readonly string[]): string[] {
  return words.flatMap((word) => [...word].map((_, i) => [...word].slice(0, i + 1).join('')));
}

/** Types into the search as the members list does: one call, its reply carries the first rows. */
async function typeInto(n: number, seed: number, typed: readonly string[]) {
  const host = await searchHostFor(n, seed);
  const out: Keystroke[] = [];
  for (const text of typed) {
    const search = await host.timed(() =>
      host.client.search({ text, filters: {}, sort: 'relevance' }),
    );
    const { total, firstRows } = search.value;
    if (firstRows.length !== Math.min(total, FIRST_ROWS)) {
      throw new Error(`p6: "${text}" answered ${firstRows.length} first rows of ${total}`);
    }
    const { roundTripMs, workerMs, warming } = search;
    out.push({ typed: text, total, roundTripMs, workerMs, warming });
  }
  return out;
}

/**
 * P6: search as you type. `index` types each prefix into the app's search worker over the
 * office of `n` people (kept open by the search-office workload) and fetches the first rows;
 * `baseline` runs the same keystrokes in the bench worker against MiniSearch over the members'
 * names lower-cased, without script keys, transliteration or facets.
 */
export default definePageWorkload<KeystrokeParams, Keystroke[]>({
  id: 'p6-keystrokes',
  async run({ n, seed, words, variant, release = false }) {
    const typed = keystrokes(words);
    if (variant === 'index') return typeInto(n, seed, typed);
    const office = await searchOffice(n, seed);
    const times = (await runInWorker('p6-baseline', {
      ...openOptions(office),
      keystrokes: typed,
      release,
    })) as { ms: number; total: number }[];
    return times.map((t, i) => ({
      typed: typed[i]!,
      total: t.total,
      roundTripMs: t.ms,
      workerMs: t.ms,
      warming: false,
    }));
  },
});
