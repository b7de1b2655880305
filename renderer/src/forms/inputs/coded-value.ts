import { listVersion, type StandardCodeListId } from '../../../../shared/codelists/lazy';
import type { Coded } from '../../../../shared/domain/coded';

/**
 * The coded value a picker stores for a code: the list, its current version, the code. When the
 * code is unchanged the value already held is kept, with the version it was recorded under.
 */
export function codedValue<L extends StandardCodeListId>(
  list: L,
  code: string | null,
  current: Coded<L> | null,
): Coded<L> | null {
  if (code === null || code === '') return null;
  if (current !== null && current.code === code) return current;
  return { list, version: listVersion(list), code };
}
