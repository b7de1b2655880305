import { describe, expect, it } from 'vitest';
import { parseOp } from '../../../../shared/sync/parse-op';
import { Change } from '../../../../shared/sync/protocol/change';
import {
  checkProtocolVersion,
  PROTOCOL_VERSION,
} from '../../../../shared/sync/protocol/protocol-version';
import { PullRequest } from '../../../../shared/sync/protocol/pull-request';
import { isResyncRequired, PullResponse } from '../../../../shared/sync/protocol/pull-response';
import { PushRequest } from '../../../../shared/sync/protocol/push-request';
import { PushResult } from '../../../../shared/sync/protocol/push-result';
import { DEVICE_A, OFFICE_A, RECORD, op, stampAt } from './helpers';

describe('protocol schemas (version 1)', () => {
  it('accepts a push of up to 500 ops, each left for parseOp', () => {
    const request = {
      protocolVersion: PROTOCOL_VERSION,
      deviceId: DEVICE_A,
      clientTime: 1,
      ops: [op({ kind: 'update' }), { junk: true }],
    };
    expect(PushRequest.parse(request).ops).toHaveLength(2);
    expect(
      PushRequest.safeParse({ ...request, ops: Array.from({ length: 501 }, () => ({})) }).success,
    ).toBe(false);
    expect(PushRequest.safeParse({ ...request, ops: [] }).success).toBe(false);
  });

  it('parses each op alone: a poisoned one is named and rejected, never thrown', () => {
    expect(parseOp(op({ kind: 'update' })).ok).toBe(true);
    expect(parseOp({ ...op({ kind: 'update' }), hlc: 'tomorrow' })).toMatchObject({
      ok: false,
      code: 'invalid-op',
    });
    expect(parseOp({ opId: 'x'.repeat(500) })).toEqual({
      ok: false,
      opId: null,
      code: 'invalid-op',
    });
    expect(parseOp(null)).toEqual({ ok: false, opId: null, code: 'invalid-op' });
    expect(parseOp({ ...op({ kind: 'update' }), formatVersion: 0 })).toMatchObject({
      ok: false,
      code: 'invalid-op',
    });
  });

  it('accepts ops of a newer format (their unknown fields are kept by the merge)', () => {
    expect(parseOp(op({ kind: 'update', formatVersion: 7 })).ok).toBe(true);
  });

  it('tells an old client to update and refuses a newer protocol', () => {
    expect(checkProtocolVersion(PROTOCOL_VERSION)).toBe('ok');
    expect(checkProtocolVersion(0)).toBe('update-required');
    expect(checkProtocolVersion(PROTOCOL_VERSION + 1)).toBe('unsupported-protocol');
  });

  it('describes every push outcome, a duplicate carrying the first one', () => {
    const applied = { opId: 'a', outcome: 'applied', rev: 3 };
    expect(PushResult.parse({ opId: 'a', outcome: 'duplicate', first: applied })).toBeTruthy();
    expect(
      PushResult.safeParse({ opId: 'a', outcome: 'conflict', rev: 3, conflictIds: [] }).success,
    ).toBe(false);
    expect(PushResult.safeParse({ opId: null, outcome: 'rejected', code: 'nope' }).success).toBe(
      false,
    );
  });

  it('pages changes or asks for a resync', () => {
    const change = {
      seq: 1,
      recordId: RECORD,
      recordType: 'person',
      rev: 1,
      officeId: OFFICE_A,
      hlc: stampAt(1),
      kind: 'upsert',
      data: { notes: 'x' },
      extra: {},
      mergedInto: null,
    };
    expect(Change.parse(change)).toEqual(change);
    expect(Change.safeParse({ ...change, kind: 'purge' }).success).toBe(true);
    const page = PullResponse.parse({
      protocolVersion: 1,
      changes: [change],
      nextCursor: 1,
      hasMore: false,
    });
    expect(isResyncRequired(page)).toBe(false);
    expect(isResyncRequired(PullResponse.parse({ protocolVersion: 1, resyncRequired: true }))).toBe(
      true,
    );
    expect(PullRequest.safeParse({ protocolVersion: 1, cursor: 0, limit: 5_000 }).success).toBe(
      false,
    );
  });
});
