import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { canPlacementTransition, placementOutcomes, placementStatuses } from './placement-status';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { textField, textLimits } from './text-field';
import { Timestamp } from './timestamp';

export const PlacementStatusChange = z.object(
  { status: z.enum(placementStatuses, withCodes), at: Timestamp, by: RecordId },
  withCodes,
);
export type PlacementStatusChange = z.output<typeof PlacementStatusChange>;

const placementShape = {
  ...envelopeShape('placement'),
  missionRequestId: RecordId,
  personId: RecordId,
  status: z.enum(placementStatuses, withCodes),
  /** Oldest first; starts at 'shortlisted', each step allowed by `placementTransitions`. */
  statusHistory: z.array(PlacementStatusChange, withCodes).min(1).max(50),
  /** The ranking's score (0..1) when the member was shortlisted: what was suggested, not decided. */
  suggestedScore: z.number(withCodes).min(0).max(1).optional(),
  /** Required once completed. */
  outcome: z.enum(placementOutcomes, withCodes).optional(),
  outcomeNote: textField(textLimits.short).optional(),
};

type PlacementValue = z.output<z.ZodObject<typeof placementShape>>;

function checkHistory(ctx: z.core.ParsePayload<PlacementValue>): void {
  const { status, statusHistory, outcome } = ctx.value;
  if (statusHistory.length === 0) return; // reported by the length check
  const push = (message: string, path: (string | number)[]) =>
    ctx.issues.push({ code: 'custom', message, input: ctx.value, path });
  if (statusHistory[0]?.status !== 'shortlisted') push('invalid-transition', ['statusHistory', 0]);
  for (let i = 1; i < statusHistory.length; i += 1) {
    const from = statusHistory[i - 1]!.status;
    if (!canPlacementTransition(from, statusHistory[i]!.status)) {
      push('invalid-transition', ['statusHistory', i]);
    }
  }
  if (statusHistory.at(-1)?.status !== status) push('status-history-mismatch', ['status']);
  if (status === 'completed' && outcome === undefined) push('required', ['outcome']);
}

/**
 * One member considered for one mission request, and every decision taken about it (who, when).
 * Seen where the member is seen, like referrals: a shortlist says something about a person.
 */
export const Placement = z.object(placementShape, withCodes).check(checkHistory);
export type Placement = z.output<typeof Placement>;
export type PlacementInput = z.input<typeof Placement>;
