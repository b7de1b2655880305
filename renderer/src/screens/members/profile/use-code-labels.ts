import { useEffect, useMemo, useState } from 'react';
import {
  loadCodeList,
  loadedCodeList,
  type CodeList,
  type StandardCodeListId,
} from '../../../../../shared/codelists/lazy';
import { codeListsIn, createCodeLabeler, type CodeLabeler } from './code-labels';

function loadedNow(ids: readonly StandardCodeListId[]): Map<StandardCodeListId, CodeList> {
  const lists = new Map<StandardCodeListId, CodeList>();
  for (const id of ids) {
    const list = loadedCodeList(id);
    if (list) lists.set(id, list);
  }
  return lists;
}

export interface CodeLabels {
  readonly label: CodeLabeler;
  /** False until every list the values refer to has loaded (codes are shown meanwhile). */
  readonly ready: boolean;
}

/**
 * Labels for the coded values inside `values` (a person, their consents): loads each list they
 * refer to (its own chunk, once) plus `extra`. A list that fails to load leaves its codes shown.
 */
export function useCodeLabels(values: unknown, extra: readonly StandardCodeListId[] = []) {
  const key = [...codeListsIn(values, new Set(extra))].sort().join(' ');
  const ids = useMemo(() => (key === '' ? [] : (key.split(' ') as StandardCodeListId[])), [key]);
  const [lists, setLists] = useState(() => loadedNow(ids));
  const missing = ids.filter((id) => !lists.has(id));
  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    void Promise.allSettled(missing.map((id) => loadCodeList(id))).then((results) => {
      if (!live) return;
      if (results.some((r) => r.status === 'rejected')) console.warn('profile: a code list failed');
      setLists(loadedNow(ids));
    });
    return () => {
      live = false;
    };
    // `missing` is derived from ids and lists, both deps already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, lists]);
  const label = useMemo(() => createCodeLabeler(lists), [lists]);
  return { label, ready: missing.length === 0 } satisfies CodeLabels;
}
