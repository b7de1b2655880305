import { describe, expect, it } from 'vitest';
import {
  authoredListIds,
  codeList,
  loadCodeList,
  loadedCodeList,
  searchCodes,
  searchList,
  standardCodeListIds,
} from '../../../../shared/codelists';
import { authoredListMeta } from '../../../../shared/codelists/authored-list-meta';

describe('lazy code lists', () => {
  it('load each list on its own, equal to the synchronous one', async () => {
    for (const id of standardCodeListIds) {
      const list = await loadCodeList(id);
      expect(list).toEqual(codeList(id));
      expect(loadedCodeList(id)).toBe(list);
    }
  });

  it('know each authored list version and ESCO flag without loading it', () => {
    for (const id of authoredListIds) {
      const { version, labelsFollowEsco } = codeList(id);
      expect(authoredListMeta[id]).toEqual({ version, labelsFollowEsco });
    }
  });

  it('search a loaded list as searchCodes does', async () => {
    const isco = await loadCodeList('isco-08');
    expect(searchList(isco, 'médecin', 'fr', 5)).toEqual(
      searchCodes('isco-08', 'médecin', 'fr', 5),
    );
  });
});
