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
  const [state, setState] = useState(() => ({ lists: loadedNow(ids), tried: new Set<string>() }));
  const missingKey = ids.filter((id) => !state.lists.has(id) && !state.tried.has(id)).join(' ');
  useEffect(() => {
    if (missingKey === '') return;
    const missing = missingKey.split(' ') as StandardCodeListId[];
    let live = true;
    void Promise.allSettled(missing.map((id) => loadCodeList(id))).then((results) => {
      if (!live) return;
      if (results.some((r) => r.status === 'rejected')) console.warn('profile: code list failed');
      setState((prev) => ({
        lists: loadedNow(ids),
        tried: new Set([...prev.tried, ...missing]),
      }));
    });
    return () => {
      live = false;
    };
  }, [ids, missingKey]);
  const label = useMemo(() => createCodeLabeler(state.lists), [state.lists]);
  return { label, ready: missingKey === '' } satisfies CodeLabels;
}
