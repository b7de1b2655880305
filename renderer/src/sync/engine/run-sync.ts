import type { SyncContext } from './sync-context';
import { pullChanges } from './pull-changes';
import { pushOutbox } from './push-outbox';
import type { PushSummary } from './push-outbox';

export interface SyncRunSummary {
  readonly pushed: number;
  readonly rejected: number;
  readonly pulled: number;
  readonly resynced: boolean;
  /** Office clock minus registry clock (ms) when the registry reported drift; else null. */
  readonly driftMs: number | null;
}

/**
 * One sync: push the outbox, then pull. After a resync (the registry restored from a backup),
 * push again what the registry lacks and pull its answers.
 */
export async function runSync(ctx: SyncContext): Promise<SyncRunSummary> {
  const first = await pushOutbox(ctx);
  const pull = await pullChanges(ctx, first.pushed);
  if (!pull.resynced) return summaryOf([first], pull.pulled, false);
  const again = await pushOutbox(ctx);
  const after = await pullChanges(ctx, first.pushed + again.pushed);
  return summaryOf([first, again], pull.pulled + after.pulled, true);
}

function summaryOf(pushes: PushSummary[], pulled: number, resynced: boolean): SyncRunSummary {
  const drift = pushes.find((p) => p.drift && p.clockOffsetMs !== null);
  return {
    pushed: pushes.reduce((n, p) => n + p.pushed, 0),
    rejected: pushes.reduce((n, p) => n + p.rejected, 0),
    pulled,
    resynced,
    driftMs: drift?.clockOffsetMs ?? null,
  };
}
