import { z } from 'zod';
import { AFTER_CHANGES_MS, scheduleSnapshot } from '../snapshot/schedule-snapshot';
import {
  applyConsents,
  projectPeople,
  putMembers,
  reconsentMembers,
  removeMember,
} from './apply-records';
import { readRecords } from './read-records';
import { createOpenIndex } from './create-open-index';
import { defineHandler, settledOpen } from './request-handler';
import { RecordChangeSchema } from './request-schemas';
import type { OpenIndex, WorkerState } from './worker-state';

type RecordChange = z.output<typeof RecordChangeSchema>;

/**
 * Records committed since the load (a form, sync, an import): deleted ones leave the index,
 * the others are read again; members whose consents changed follow (drafts, contactable).
 * Refreshes run one at a time with snapshot writes, and a snapshot write is scheduled after.
 * When the whole records table was cleared (a resync, an office reset), nothing in the index
 * can be trusted: it is replaced by a new one loaded from the store, as at unlock.
 */
export const handleRefresh = defineHandler({
  input: z.object({ changes: z.array(RecordChangeSchema), cleared: z.boolean() }),
  async handle(state, { changes, cleared }) {
    const open = await settledOpen(state);
    if (cleared) {
      await reload(state, open);
      return null;
    }
    await open.exclusive(() => refresh(open, changes));
    scheduleSnapshot(state, open, AFTER_CHANGES_MS);
    return null;
  },
});

async function refresh(open: OpenIndex, changes: readonly RecordChange[]): Promise<void> {
  const affected = new Set<string>();
  for (const change of changes) {
    if (!change.deleted) continue;
    removeMember(open, change.id);
    const person = open.consents.remove(change.id);
    if (person) affected.add(person);
  }
  const written = changes.filter(
    (c) => !c.deleted && (c.type === 'person' || c.type === 'consent'),
  );
  const rows = await readRecords(
    open.db,
    open.dataKey,
    written.map((c) => c.id),
  );
  for (const person of applyConsents(open, rows)) affected.add(person);
  const people = projectPeople(open, rows);
  for (const record of people) affected.delete(record.id);
  reconsentMembers(open, affected, false);
  putMembers(open, people, false);
}

async function reload(state: WorkerState, open: OpenIndex): Promise<void> {
  const { db, dataKey, projection, index } = open;
  clearTimeout(open.snapshotTimer);
  const next = await createOpenIndex(state, {
    db,
    dataKey,
    highRisk: projection.highRisk,
    locale: index.locale,
  });
  await next.loaded;
}
