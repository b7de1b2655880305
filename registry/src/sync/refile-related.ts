import { sameJson, type Json } from '../../../shared/sync/json';
import { conflictChange, recordChange } from '../../../shared/sync/merge/changes-of';
import type { Op } from '../../../shared/sync/op';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import { scopeFactsOf } from '../../../shared/sync/scope/scope-facts';
import type { Queryable } from '../db/db';
import { appendChange } from './append-change';
import { loadRecordForUpdate } from './load-record-for-update';
import { scopeColumns } from './scope-columns';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stored scope facts of the person a record is about (null: no such person here yet, in
 * which case the record is seen by its creator until the person arrives and re-files it).
 */
export async function loadPersonFacts(
  tx: Queryable,
  personId: string | null,
): Promise<ScopeFacts | null> {
  if (personId === null || !UUID.test(personId)) return null;
  const { rows } = await tx.query<{ scope_facts: ScopeFacts }>(
    `SELECT scope_facts FROM records WHERE id = $1 AND type = 'person'`,
    [personId],
  );
  return rows[0]?.scope_facts ?? null;
}

export interface PersonRefile {
  /** The op that changed the person's facts (the new entries name it as their cause). */
  readonly op: Op;
  readonly personId: string;
  /** The person's facts now. */
  readonly facts: ScopeFacts;
}

/**
 * After a person's scope facts changed, files each of the person's records (not erased: an
 * erasure keeps the facts it had) under the facts they now follow: a change-log entry per record
 * with its facts before and after (offices gaining the person get the record, offices losing it
 * get a purge marker on their next pull), then one per open conflict of it, as storeMerge does.
 * The caller holds the change-log lock.
 */
export async function refileRelated(tx: Queryable, refile: PersonRefile): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM records
     WHERE type IN ('consultation', 'referral', 'placement', 'consent')
       AND data ->> 'personId' = $1 AND NOT erased
     ORDER BY id`,
    [refile.personId],
  );
  for (const { id } of rows) {
    const stored = await loadRecordForUpdate(tx, id);
    if (stored === null || stored.state.erased) continue;
    const facts = scopeFactsOf(stored.state, refile.facts);
    if (sameJson(toJson(stored.facts), toJson(facts))) continue;
    const seq = await appendChange(tx, {
      body: recordChange(stored.state),
      op: refile.op,
      fields: null,
      before: stored.facts,
      after: facts,
    });
    for (const conflict of stored.conflicts.filter((c) => c.status === 'open')) {
      await appendChange(tx, {
        body: conflictChange(stored.state, conflict),
        op: refile.op,
        fields: null,
        before: facts,
        after: facts,
      });
    }
    const { residenceCountry, originRegion } = scopeColumns(facts);
    await tx.query(
      `UPDATE records SET scope_facts = $2::jsonb, residence_country = $3, origin_region = $4,
                          updated_seq = $5
       WHERE id = $1`,
      [id, JSON.stringify(facts), residenceCountry, originRegion, seq],
    );
  }
}

function toJson(facts: ScopeFacts): Json {
  return facts as unknown as Json;
}
