import { z } from 'zod';
import { applyConsents, projectPeople } from './apply-records';
import { readRecords } from './read-records';
import { createOpenIndex } from './create-open-index';
import { defineHandler, settledOpen } from './request-handler';
import { RecordChangeSchema } from './request-schemas';
import type { OpenIndex, WorkerState } from './worker-state';

/**
 * Records committed since the load (a form, sync, an import): deleted ones leave the index,
 * the others are read again. A consent that changed re-reads its person (drafts, contactable).
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
    const affected = new Set<string>();
    for (const change of changes) {
      if (!change.deleted) continue;
      open.index.remove(change.id);
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
    for (const c of written) if (c.type === 'person') affected.delete(c.id);
    await reindex(open, rows, [...affected]);
    return null;
  },
});

async function reindex(open: OpenIndex, rows: unknown[], people: string[]): Promise<void> {
  const more = people.length > 0 ? await readRecords(open.db, open.dataKey, people) : [];
  for (const record of projectPeople(open, [...rows, ...more])) open.index.put(record);
}

async function reload(state: WorkerState, open: OpenIndex): Promise<void> {
  const { db, dataKey, projection, index } = open;
  const next = await createOpenIndex(state, {
    db,
    dataKey,
    highRisk: projection.highRisk,
    locale: index.locale,
  });
  await next.loaded;
}
