import type { IndexProgress } from '../member-search-types';
import type { MemberRecord } from '../index/member-record';
import { reprojectMember } from '../index/project-member';
import { applyConsents, projectPeople, putMembers } from '../worker/apply-records';
import type { OpenIndex } from '../worker/worker-state';
import { openSnapshotChunk, openSnapshotHeader } from './read-snapshot';
import { readStoreState, type StoreState } from './read-store-state';
import { isConsentFact, SNAPSHOT_FORMAT, type SnapshotHeader } from './snapshot-format';

/** `loaded`: the index is complete and current; `changed`: so, and the delta was not empty. */
export type SnapshotLoad = 'loaded' | 'changed' | 'absent' | 'refused';

async function restoreConsents(open: OpenIndex, header: SnapshotHeader, now: StoreState) {
  const live = new Set(now.consentIds);
  for (let i = 0; i < header.consentChunks; i += 1) {
    const facts = await openSnapshotChunk(open.db, open.dataKey, header, 'c', i);
    if (!facts) return false;
    for (const fact of facts) {
      if (!isConsentFact(fact)) return false;
      if (live.has(fact[0]) && !now.changedIds.has(fact[0])) open.consents.restore(fact);
    }
  }
  applyConsents(open, await now.changedConsents);
  return true;
}

/** A chunk's members still current: present, unchanged since, consents and role as now. */
function currentMembers(open: OpenIndex, rows: unknown[], live: Set<string>, now: StoreState) {
  const records: MemberRecord[] = [];
  for (const row of rows) {
    const record = row as MemberRecord;
    if (typeof record?.id !== 'string' || !live.has(record.id) || now.changedIds.has(record.id))
      continue;
    records.push(reprojectMember(record, open.consents.maskOf(record.id), open.projection));
  }
  return records;
}

/**
 * The load at unlock when a sealed snapshot exists: consent facts, then member chunks (most
 * recently changed first, the next one opening while this one is indexed), each filtered
 * against the records as they are now (deleted members dropped; members and consents changed
 * since the snapshot's watermark read from the records instead, whatever their timestamps),
 * then the changed people. A snapshot of another format, of a role that could not see what this
 * one sees, or whose chunk fails to open is not used further: the caller loads from the records.
 */
export async function loadFromSnapshot(
  open: OpenIndex,
  current: () => boolean,
  report: (progress: IndexProgress) => void,
): Promise<SnapshotLoad> {
  const header = await openSnapshotHeader(open.db, open.dataKey);
  if (!header || header.format !== SNAPSHOT_FORMAT) return 'absent';
  if (!header.highRisk && open.projection.highRisk) return 'absent';
  const now = await readStoreState(open.db, open.dataKey, header.watermark);
  if (now.maxSeq < header.watermark) return 'refused';
  const read = (i: number) => openSnapshotChunk(open.db, open.dataKey, header, 'm', i);
  // The first members open while the consent facts come back.
  let next = header.memberChunks > 0 ? read(0) : null;
  next?.catch(() => undefined);
  if (!(await restoreConsents(open, header, now))) return 'refused';
  const live = new Set(now.personIds);
  const total = live.size;
  report({ phase: 'loading', done: 0, total });
  for (let i = 0; next; i += 1) {
    const rows = await next;
    if (!rows || !current()) return 'refused';
    next = i + 1 < header.memberChunks ? read(i + 1) : null;
    putMembers(open, currentMembers(open, rows, live, now), true);
    report({ phase: 'loading', done: Math.min(open.index.size, total), total });
  }
  putMembers(open, projectPeople(open, await now.changedPeople), true);
  open.watermark = now.maxSeq;
  const changed = now.changedIds.size > 0 || open.index.size !== header.members;
  return changed ? 'changed' : 'loaded';
}
