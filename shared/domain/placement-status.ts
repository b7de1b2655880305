/**
 * Where a member stands for one mission request. Matching only suggests; each step is a staff
 * member's decision: shortlist, contact, select, place, then the outcome once the mission ends.
 */
export const placementStatuses = [
  'shortlisted',
  'contacted',
  'selected',
  'placed',
  'completed',
  'declined',
  'removed',
] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

/** Which status may follow which. Completed, declined (by the member) and removed are final. */
export const placementTransitions: Readonly<Record<PlacementStatus, readonly PlacementStatus[]>> = {
  shortlisted: ['contacted', 'removed'],
  contacted: ['selected', 'declined', 'removed'],
  selected: ['placed', 'declined', 'removed'],
  placed: ['completed'],
  completed: [],
  declined: [],
  removed: [],
};

export function canPlacementTransition(from: PlacementStatus, to: PlacementStatus): boolean {
  return placementTransitions[from].includes(to);
}

/** How a placement ended; recorded with the move to 'completed'. */
export const placementOutcomes = ['as-planned', 'ended-early', 'did-not-start'] as const;
export type PlacementOutcome = (typeof placementOutcomes)[number];
