import type { Hlc } from '../../../../../shared/sync/hlc';
import { decodeHlc, encodeHlc, hlcNow, hlcReceive, hlcZero } from '../../../../../shared/sync/hlc';
import type { Json, JsonObject } from '../../../../../shared/sync/json';
import { sameJson } from '../../../../../shared/sync/json';
import { DELETED_FIELD } from '../../../../../shared/sync/merge/record-state';
import type { FieldChanges, Op, OpKind } from '../../../../../shared/sync/op';
import type { Conflict } from '../../../../../shared/sync/protocol/conflict';
import type { PullPage } from '../../../../../shared/sync/protocol/pull-response';
import type { PushResponse } from '../../../../../shared/sync/protocol/push-response';
import type { ReplicaRecord } from '../../../../../shared/sync/replica/apply-change';
import { applyChange } from '../../../../../shared/sync/replica/apply-change';

/** What the office's screens show: the pulled copy with its unsent edits on top. */
export interface View {
  readonly rev: number;
  readonly status: ReplicaRecord['status'];
  readonly data: JsonObject;
}

/** One office PC: its replica, its outbox, its (possibly wrong) clock and HLC. */
export class OfficeModel {
  hlc: Hlc;
  deviceSeq = 0;
  cursor = 0;
  readonly replica = new Map<string, ReplicaRecord>();
  readonly conflicts = new Map<string, Conflict>();
  outbox: Op[] = [];
  /**
   * Ops the registry took but whose result this office has not pulled yet, with the rev that
   * will show it: still on screen, as a real client keeps them until the pull brings them back.
   */
  inFlight: { op: Op; rev: number }[] = [];
  /** Every op this office ever made, for replays. */
  readonly made: Op[] = [];

  constructor(
    readonly officeId: string,
    readonly deviceId: string,
    readonly userId: string,
    readonly skewMs: number,
    private readonly newId: () => string,
  ) {
    this.hlc = hlcZero(deviceId);
  }

  create(recordId: string, fields: JsonObject, physicalMs: number): Op {
    const changes: FieldChanges = {};
    for (const [field, to] of Object.entries(fields)) changes[field] = { from: null, to };
    return this.#queue('create', recordId, 0, changes, physicalMs);
  }

  edit(recordId: string, field: string, to: Json, physicalMs: number): Op | null {
    const view = this.view(recordId);
    if (!view || view.status !== 'live') return null;
    const from = view.data[field] ?? null;
    if (sameJson(from, to)) return null;
    return this.#queue('update', recordId, view.rev, { [field]: { from, to } }, physicalMs);
  }

  remove(recordId: string, kind: 'delete' | 'erase', physicalMs: number): Op | null {
    const view = this.view(recordId);
    if (!view || view.status === 'erased' || (kind === 'delete' && view.status !== 'live'))
      return null;
    return this.#queue(kind, recordId, view.rev, {}, physicalMs);
  }

  resolve(conflict: Conflict, choice: 'registry' | 'incoming', physicalMs: number): Op | null {
    const view = this.view(conflict.recordId);
    if (!view || view.status === 'erased' || conflict.status !== 'open') return null;
    const from =
      conflict.field === DELETED_FIELD
        ? view.status === 'deleted'
        : (view.data[conflict.field] ?? null);
    const to = choice === 'registry' ? conflict.registry : conflict.incoming;
    const changes = { [conflict.field]: { from, to } };
    return this.#queue('resolve', conflict.recordId, view.rev, changes, physicalMs, conflict.id);
  }

  /** The record as the office sees it, or null when it has none. */
  view(recordId: string): View | null {
    const pulled = this.replica.get(recordId);
    let view: View | null = pulled
      ? { rev: pulled.rev, status: pulled.status, data: pulled.data }
      : null;
    const pending = [...this.inFlight.map((f) => f.op), ...this.outbox];
    for (const op of pending) if (op.recordId === recordId) view = overlay(view, op);
    return view;
  }

  /** Records the office can edit, in a stable order. */
  liveRecords(): string[] {
    const ids = new Set([...this.replica.keys(), ...this.outbox.map((op) => op.recordId)]);
    return [...ids].filter((id) => this.view(id)?.status === 'live').sort();
  }

  openConflicts(): Conflict[] {
    return [...this.conflicts.values()]
      .filter((c) => c.status === 'open')
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * Drops from the outbox what the registry settled (held ops wait and are sent again); what it
   * applied stays on screen until pulled.
   */
  takeResponse(sent: readonly Op[], response: PushResponse): void {
    const settled = new Set<string>();
    sent.forEach((op, i) => {
      const result = response.results[i];
      if (!result || result.outcome === 'held' || !this.outbox.includes(op)) return;
      settled.add(op.opId);
      const first = result.outcome === 'duplicate' ? result.first : result;
      if (first.outcome !== 'rejected') this.inFlight.push({ op, rev: first.rev });
    });
    this.outbox = this.outbox.filter((op) => !settled.has(op.opId));
  }

  applyPage(page: PullPage, physicalMs: number): void {
    for (const change of page.changes) {
      const update = applyChange(this.replica.get(change.recordId), change);
      switch (update.kind) {
        case 'put':
          this.replica.set(change.recordId, update.record);
          break;
        case 'drop':
          this.replica.delete(change.recordId);
          for (const c of this.conflicts.values())
            if (c.recordId === change.recordId) this.conflicts.delete(c.id);
          break;
        case 'keep':
          break;
        case 'put-conflict':
          this.conflicts.set(update.conflict.id, update.conflict);
          break;
      }
      const stamp = decodeHlc(change.hlc);
      if (stamp.ok) {
        const received = hlcReceive(this.hlc, stamp.clock, physicalMs + this.skewMs);
        if (received.ok) this.hlc = received.clock;
      }
    }
    this.cursor = page.nextCursor;
    // Kept until the pull shows the op's result; once caught up, whatever is not shown is gone
    // from this office (out of scope, erased).
    this.inFlight = this.inFlight.filter(({ op, rev }) => {
      const copy = this.replica.get(op.recordId);
      return page.hasMore && copy?.status !== 'erased' && (copy?.rev ?? 0) < rev;
    });
  }

  #queue(
    kind: OpKind,
    recordId: string,
    baseRev: number,
    changes: FieldChanges,
    physicalMs: number,
    conflictId?: string,
  ): Op {
    this.hlc = hlcNow(this.hlc, physicalMs + this.skewMs);
    this.deviceSeq += 1;
    const op: Op = {
      opId: this.newId(),
      recordId,
      recordType: 'person',
      kind,
      baseRev,
      changes,
      hlc: encodeHlc(this.hlc),
      deviceId: this.deviceId,
      officeId: this.officeId,
      userId: this.userId,
      formatVersion: 1,
      deviceSeq: this.deviceSeq,
      ...(conflictId === undefined ? {} : { conflictId }),
    };
    this.outbox.push(op);
    this.made.push(op);
    return op;
  }
}

function overlay(view: View | null, op: Op): View | null {
  switch (op.kind) {
    case 'create':
    case 'update':
    case 'merge':
    case 'resolve': {
      const base: View = view ?? { rev: 0, status: 'live', data: {} };
      const data: JsonObject = { ...base.data };
      let status = base.status;
      for (const [field, change] of Object.entries(op.changes)) {
        if (field === DELETED_FIELD) status = change.to === true ? 'deleted' : 'live';
        else if (change.to === null) delete data[field];
        else data[field] = change.to;
      }
      return { ...base, status, data };
    }
    case 'delete':
      return view && { ...view, status: 'deleted' };
    case 'erase':
      return view && { ...view, status: 'erased', data: {} };
  }
}
