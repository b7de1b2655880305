import type { Placement, PlacementStatusChange } from '../domain/placement';
import {
  canPlacementTransition,
  type PlacementOutcome,
  type PlacementStatus,
} from '../domain/placement-status';

export type PlacementMove =
  | { readonly to: Exclude<PlacementStatus, 'shortlisted' | 'completed'> }
  | { readonly to: 'completed'; readonly outcome: PlacementOutcome; readonly note?: string };

type Decided = Pick<Placement, 'status' | 'statusHistory'>;

export type PlacementChange = Decided & Partial<Pick<Placement, 'outcome' | 'outcomeNote'>>;

/**
 * The next state of a placement after a staff member's decision, signed and dated; `null` when
 * the state machine does not allow it (the screen only offers allowed moves, so this guards
 * against a stale screen).
 */
export function transitionPlacement(
  current: Decided,
  move: PlacementMove,
  at: string,
  by: string,
): PlacementChange | null {
  if (!canPlacementTransition(current.status, move.to)) return null;
  const step: PlacementStatusChange = { status: move.to, at, by };
  const next = { status: move.to, statusHistory: [...current.statusHistory, step] };
  if (move.to !== 'completed') return next;
  return move.note === undefined || move.note === ''
    ? { ...next, outcome: move.outcome }
    : { ...next, outcome: move.outcome, outcomeNote: move.note };
}
