import { clockReport } from '../../../../../shared/sync/clock/clock-report';
import { stampIncoming } from '../../../../../shared/sync/clock/stamp-incoming';
import type { Hlc } from '../../../../../shared/sync/hlc';
import { hlcZero } from '../../../../../shared/sync/hlc';
import { sameJson, type Json } from '../../../../../shared/sync/json';
import {
  changesOf,
  conflictChange,
  recordChange,
} from '../../../../../shared/sync/merge/changes-of';
import { rulesFor } from '../../../../../shared/sync/merge/domain-rules';
import type { HistoryEntry } from '../../../../../shared/sync/merge/history-entry';
import type { MergeApplied } from '../../../../../shared/sync/merge/merge-context';
import { mergeOp } from '../../../../../shared/sync/merge/merge-op';
import { pushResultOf } from '../../../../../shared/sync/merge/push-result-of';
import type { RecordState } from '../../../../../shared/sync/merge/record-state';
import type { Op } from '../../../../../shared/sync/op';
import {
  DeviceSequencer,
  initialSequencerState,
} from '../../../../../shared/sync/ordering/device-sequencer';
import { parseOp } from '../../../../../shared/sync/parse-op';
import type { Change, ChangeBody } from '../../../../../shared/sync/protocol/change';
import type { Conflict } from '../../../../../shared/sync/protocol/conflict';
import { PROTOCOL_VERSION } from '../../../../../shared/sync/protocol/protocol-version';
import type { PullRequest } from '../../../../../shared/sync/protocol/pull-request';
import type { PullResponse } from '../../../../../shared/sync/protocol/pull-response';
import { PushRequest } from '../../../../../shared/sync/protocol/push-request';
import type { PushResponse } from '../../../../../shared/sync/protocol/push-response';
import type { PushResult, StoredResult } from '../../../../../shared/sync/protocol/push-result';
import { inScope } from '../../../../../shared/sync/scope/in-scope';
import type { OfficeScope, ScopeFacts } from '../../../../../shared/sync/scope/scope';
import { personIdOf, scopeFactsOf } from '../../../../../shared/sync/scope/scope-facts';
import { scopeTransition } from '../../../../../shared/sync/scope/scope-transition';

interface LogEntry {
  readonly seq: number;
  readonly body: ChangeBody;
  readonly before: ScopeFacts | null;
  readonly after: ScopeFacts | null;
}

/** One op as the registry settled it, in application order. */
export interface AppliedOp {
  readonly op: Op;
  readonly result: StoredResult;
  /** The office's stamp when the registry re-stamped the op. */
  readonly officeStamp: string | null;
  /** The record before and after the op. */
  readonly before: RecordState | null;
  readonly after: RecordState | null;
}

/** A registry in memory, built only from the shared sync core (what the real one runs too). */
export class RegistryModel {
  clock: Hlc = hlcZero('registry');
  readonly records = new Map<string, RecordState>();
  readonly conflicts = new Map<string, Conflict>();
  /**
   * Each record's scope facts as filed: a record about a person follows the person's facts (and
   * is filed again when they change); an erased record keeps the facts it had.
   */
  readonly facts = new Map<string, ScopeFacts>();
  history: HistoryEntry[] = [];
  readonly log: LogEntry[] = [];
  readonly applied: AppliedOp[] = [];
  readonly sequencers = new Map<string, DeviceSequencer>();
  /** Every push answer given, for statistics. */
  readonly answered: PushResult['outcome'][] = [];
  /** Every change kind pulled by any office, for statistics. */
  readonly delivered: Change['kind'][] = [];

  constructor(
    readonly offices: ReadonlyMap<string, OfficeScope>,
    public physicalMs = 1_750_000_000_000,
  ) {}

  push(wire: unknown): PushResponse {
    const request = PushRequest.parse(JSON.parse(JSON.stringify(wire)));
    const restampedBefore = this.applied.filter((a) => a.officeStamp !== null).length;
    const results = request.ops.map((raw) => this.#pushOne(request.deviceId, raw));
    this.answered.push(...results.map((r) => r.outcome));
    const restamped = this.applied.filter((a) => a.officeStamp !== null).length - restampedBefore;
    return {
      protocolVersion: PROTOCOL_VERSION,
      results,
      serverTime: this.physicalMs,
      ...clockReport(request.clientTime, this.physicalMs, restamped),
    };
  }

  pull(officeId: string, request: PullRequest): PullResponse {
    const office = this.offices.get(officeId);
    if (!office) throw new Error('unknown office');
    if (request.cursor > this.log.length) {
      return { protocolVersion: PROTOCOL_VERSION, resyncRequired: true };
    }
    const changes: Change[] = [];
    let cursor = request.cursor;
    while (cursor < this.log.length && changes.length < request.limit) {
      const entry = this.log[cursor];
      cursor += 1;
      const change = entry ? changeFor(entry, office) : null;
      if (change) changes.push(change);
      if (change) this.delivered.push(change.kind);
    }
    return {
      protocolVersion: PROTOCOL_VERSION,
      changes,
      nextCursor: cursor,
      hasMore: cursor < this.log.length,
    };
  }

  /** The scope facts a record is filed under (null: no such record). */
  factsOf(recordId: string): ScopeFacts | null {
    return this.facts.get(recordId) ?? null;
  }

  conflictsOf(recordId: string): Conflict[] {
    return [...this.conflicts.values()].filter((c) => c.recordId === recordId);
  }

  #pushOne(deviceId: string, raw: unknown): PushResult {
    const parsed = parseOp(raw);
    if (!parsed.ok) return { opId: parsed.opId, outcome: 'rejected', code: parsed.code };
    const { op } = parsed;
    if (op.deviceId !== deviceId)
      return { opId: op.opId, outcome: 'rejected', code: 'unauthorized' };
    const sequencer = this.#sequencer(deviceId);
    const admission = sequencer.admit(op);
    switch (admission.kind) {
      case 'replay':
        return { opId: op.opId, outcome: 'duplicate', first: admission.result };
      case 'held':
        return { opId: op.opId, outcome: 'held' };
      case 'reject':
        return { opId: op.opId, outcome: 'rejected', code: admission.code };
      case 'apply': {
        const results = admission.ops.map((released) => {
          const result = this.#apply(released);
          sequencer.settle(released, result);
          return result;
        });
        const first = results[0];
        if (!first) throw new Error('nothing applied');
        return first;
      }
    }
  }

  #sequencer(deviceId: string): DeviceSequencer {
    let sequencer = this.sequencers.get(deviceId);
    if (!sequencer) {
      sequencer = new DeviceSequencer(initialSequencerState(deviceId));
      this.sequencers.set(deviceId, sequencer);
    }
    return sequencer;
  }

  #apply(op: Op): StoredResult {
    const before = this.records.get(op.recordId) ?? null;
    const { result, officeStamp } = this.#merge(op, before);
    const after = this.records.get(op.recordId) ?? null;
    this.applied.push({ op, result, officeStamp, before, after });
    return result;
  }

  #merge(op: Op, before: RecordState | null): { result: StoredResult; officeStamp: string | null } {
    const office = this.offices.get(op.officeId);
    if (!office) return { result: rejected(op, 'unauthorized'), officeStamp: null };
    // An erased record answers `erased` to everyone (it is out of every scope by then).
    if (before && !before.erased && !inScope(office, this.factsOf(op.recordId))) {
      return { result: rejected(op, 'out-of-scope'), officeStamp: null };
    }
    const stamp = stampIncoming(this.clock, op.hlc, this.physicalMs);
    this.clock = stamp.clock;
    const conflicts = this.conflictsOf(op.recordId);
    const ctx = { rules: rulesFor(op.recordType), stamp: stamp.stamp, conflicts };
    const result = mergeOp(before, op, ctx);
    if (result.outcome !== 'rejected') this.#store(before, result);
    return { result: pushResultOf(op.opId, result), officeStamp: stamp.officeStamp };
  }

  #store(before: RecordState | null, result: MergeApplied): void {
    const { next } = result;
    if (result.changed) this.records.set(next.recordId, next);
    for (const conflict of result.conflicts) this.conflicts.set(conflict.id, conflict);
    if (result.purgeHistory)
      this.history = this.history.filter((h) => h.recordId !== next.recordId);
    this.history.push(...result.history);
    // An erasure reaches every office that saw the record, so it is scoped by the facts before.
    const factsBefore = before ? this.factsOf(next.recordId) : null;
    const factsAfter = next.erased ? factsBefore : this.#factsOfNew(next);
    if (result.changed && factsAfter) this.facts.set(next.recordId, factsAfter);
    for (const body of changesOf(result)) {
      const conflictOnly = body.kind === 'conflict';
      this.log.push({
        seq: this.log.length + 1,
        body,
        before: conflictOnly ? factsAfter : factsBefore,
        after: factsAfter,
      });
    }
    const refacted = factsBefore === null || !sameJson(toJson(factsBefore), toJson(factsAfter));
    if (next.recordType === 'person' && result.changed && factsAfter && refacted) {
      this.#refileRelated(next.recordId, factsAfter);
    }
  }

  /** A record's facts from its state; a record about a person takes the person's facts. */
  #factsOfNew(state: RecordState): ScopeFacts {
    const personId = personIdOf(state);
    const person = personId === null ? undefined : this.records.get(personId);
    const personFacts = person?.recordType === 'person' ? this.factsOf(person.recordId) : null;
    return scopeFactsOf(state, personFacts);
  }

  /**
   * A person's facts changed: each of the person's records (not erased) is filed again under the
   * facts it now follows, with its open conflicts, so offices gaining the person get them and
   * offices losing it get purge markers.
   */
  #refileRelated(personId: string, personFacts: ScopeFacts): void {
    const related = [...this.records.values()]
      .filter((state) => !state.erased && personIdOf(state) === personId)
      .sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
    for (const state of related) {
      const before = this.factsOf(state.recordId);
      const after = scopeFactsOf(state, personFacts);
      if (before && sameJson(toJson(before), toJson(after))) continue;
      this.facts.set(state.recordId, after);
      this.log.push({ seq: this.log.length + 1, body: recordChange(state), before, after });
      for (const conflict of this.conflictsOf(state.recordId)) {
        if (conflict.status !== 'open') continue;
        const body = conflictChange(state, conflict);
        this.log.push({ seq: this.log.length + 1, body, before: after, after });
      }
    }
  }
}

function toJson(facts: ScopeFacts | null): Json {
  return facts as unknown as Json;
}

/** What one office receives for one log entry: the change, a purge marker, or nothing. */
function changeFor(entry: LogEntry, office: OfficeScope): Change | null {
  const transition = scopeTransition(entry.before, entry.after, office);
  switch (transition) {
    case 'stay-out':
      return null;
    case 'gain':
    case 'stay-in':
      return { ...entry.body, seq: entry.seq } as Change;
    case 'lose': {
      const { recordId, recordType, rev, officeId, hlc } = entry.body;
      return { seq: entry.seq, recordId, recordType, rev, officeId, hlc, kind: 'purge' };
    }
  }
}

function rejected(op: Op, code: 'unauthorized' | 'out-of-scope'): StoredResult {
  return { opId: op.opId, outcome: 'rejected', code };
}
