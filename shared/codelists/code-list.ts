import { authoredList } from './authored-lists';
import type { CodeList } from './code-item';
import type { StandardCodeListId } from './code-list-ids';
import { buildCountryList } from './country-list';
import { buildCurrencyList } from './currency-list';
import { buildLanguageList } from './language-list';
import { buildSubdivisionList } from './subdivision-list';

const built = new Map<StandardCodeListId, CodeList>();

function build(id: StandardCodeListId): CodeList {
  switch (id) {
    case 'isco-08':
    case 'isced-2011':
    case 'isced-f-2013':
    case 'isic-rev4':
      return authoredList(id);
    case 'iso-3166-1':
      return buildCountryList();
    case 'iso-3166-2':
      return buildSubdivisionList();
    case 'iso-639-3':
      return buildLanguageList();
    case 'iso-4217':
      return buildCurrencyList();
    default: {
      const unknown: never = id;
      throw new Error(`Unknown code list ${String(unknown)}`);
    }
  }
}

/** A code list, built (or checked) on first use and kept for the life of the process. */
export function codeList(id: StandardCodeListId): CodeList {
  let list = built.get(id);
  if (list === undefined) {
    list = build(id);
    built.set(id, list);
  }
  return list;
}
