import type { StoredResult } from '../protocol/push-result';
import type { MergeResult } from './merge-context';

/** What the push response says about a merged op (and what retries of it are answered with). */
export function pushResultOf(opId: string, result: MergeResult): StoredResult {
  switch (result.outcome) {
    case 'rejected':
      return { opId, outcome: 'rejected', code: result.code };
    case 'applied':
      return { opId, outcome: 'applied', rev: result.next.rev };
    case 'conflict':
      return {
        opId,
        outcome: 'conflict',
        rev: result.next.rev,
        conflictIds: [...result.conflictIds],
      };
  }
}
