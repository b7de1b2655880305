import { useEffect, useState } from 'react';
import {
  loadCodeList,
  loadedCodeList,
  type CodeList,
  type StandardCodeListId,
} from '../../../../shared/codelists/lazy';

export type CodeListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly list: CodeList }
  | { readonly status: 'failed' };

function initial(id: StandardCodeListId): CodeListState {
  const list = loadedCodeList(id);
  return list === undefined ? { status: 'loading' } : { status: 'ready', list };
}

/** A code list, loaded on first use (its own chunk); 'loading' until then, 'failed' if it could not be. */
export function useCodeList(id: StandardCodeListId): CodeListState {
  const [state, setState] = useState<{ id: StandardCodeListId; value: CodeListState }>(() => ({
    id,
    value: initial(id),
  }));
  const current = state.id === id ? state.value : initial(id);
  useEffect(() => {
    if (current.status === 'ready') return;
    let live = true;
    loadCodeList(id).then(
      (list) => live && setState({ id, value: { status: 'ready', list } }),
      () => {
        console.warn('codelists: load failed', id);
        if (live) setState({ id, value: { status: 'failed' } });
      },
    );
    return () => {
      live = false;
    };
  }, [id, current.status]);
  return current;
}
