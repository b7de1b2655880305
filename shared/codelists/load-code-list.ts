import type { CodeList } from './code-item';
import type { StandardCodeListId } from './code-list-ids';

/**
 * One dynamic import per list, so a bundler splits each list (and the package it is built from)
 * into its own chunk, fetched the first time a screen needs it.
 */
async function importList(id: StandardCodeListId): Promise<CodeList> {
  switch (id) {
    case 'isco-08':
    case 'isced-2011':
    case 'isced-f-2013':
    case 'isic-rev4':
      return importAuthored(id);
    case 'iso-3166-1':
      return (await import('./country-list')).buildCountryList();
    case 'iso-3166-2':
      return (await import('./subdivision-list')).buildSubdivisionList();
    case 'iso-639-3':
      return (await import('./language-list')).buildLanguageList();
    case 'iso-4217':
      return (await import('./currency-list')).buildCurrencyList();
    default: {
      const unknown: never = id;
      throw new Error(`Unknown code list ${String(unknown)}`);
    }
  }
}

async function importAuthored(
  id: 'isco-08' | 'isced-2011' | 'isced-f-2013' | 'isic-rev4',
): Promise<CodeList> {
  const { checkAuthoredList } = await import('./authored-list-check');
  switch (id) {
    case 'isco-08':
      return checkAuthoredList(id, (await import('./data/isco-08.json')).default);
    case 'isced-2011':
      return checkAuthoredList(id, (await import('./data/isced-2011.json')).default);
    case 'isced-f-2013':
      return checkAuthoredList(id, (await import('./data/isced-f-2013.json')).default);
    case 'isic-rev4':
      return checkAuthoredList(id, (await import('./data/isic-rev4.json')).default);
    default: {
      const unknown: never = id;
      throw new Error(`Unknown authored list ${String(unknown)}`);
    }
  }
}

const loading = new Map<StandardCodeListId, Promise<CodeList>>();
const loaded = new Map<StandardCodeListId, CodeList>();

/**
 * A code list, loaded on first use (its own chunk in the renderer) and kept for the life of the
 * process. A failed load is forgotten so the next call tries again.
 */
export function loadCodeList(id: StandardCodeListId): Promise<CodeList> {
  let pending = loading.get(id);
  if (pending === undefined) {
    pending = importList(id).then(
      (list) => {
        loaded.set(id, list);
        return list;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** The list when {@link loadCodeList} has already finished loading it, else undefined. */
export function loadedCodeList(id: StandardCodeListId): CodeList | undefined {
  return loaded.get(id);
}
