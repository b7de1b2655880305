import { inScope } from './in-scope';
import type { OfficeScope, ScopeFacts } from './scope';

export const scopeTransitions = ['gain', 'lose', 'stay-in', 'stay-out'] as const;
export type ScopeTransition = (typeof scopeTransitions)[number];

/**
 * How a change moves a record relative to an office's scope (null: the record did not exist, or
 * no longer does). `gain`: send the whole record; `lose`: send a purge marker (the office drops
 * its copy, nothing is lost at the registry); `stay-in`: send the change; `stay-out`: nothing.
 */
export function scopeTransition(
  before: ScopeFacts | null,
  after: ScopeFacts | null,
  office: OfficeScope,
): ScopeTransition {
  const was = inScope(office, before);
  const is = inScope(office, after);
  if (was && is) return 'stay-in';
  if (was) return 'lose';
  return is ? 'gain' : 'stay-out';
}
