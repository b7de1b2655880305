import { describe, expect, it } from 'vitest';
import { PullResponse } from '../../../shared/sync/protocol/pull-response';
import type { Delivery } from './deliver-changes';
import { serializePullPage } from './serialize-pull-page';

const base = {
  recordId: '01900000-0000-7000-8000-000000000001',
  recordType: 'person' as const,
  officeId: '01900000-0000-7000-8000-0000000000c1',
  hlc: '000001750000000-0000-registry',
};

const EPOCH = '0193c2a0-0000-4000-8000-000000000001';

describe('serializePullPage', () => {
  it('splices the values in as JSON text and gives a valid PullResponse', () => {
    const deliveries: Delivery[] = [
      {
        change: { ...base, seq: 7, rev: 2, kind: 'upsert', data: {}, extra: {}, mergedInto: null },
        raw: {
          dataJson: '{"notes": "ünïcode \\"quoted\\"", "emigrationYear": 2011}',
          extraJson: '{"futureField": [1, 2]}',
        },
      },
      { change: { ...base, seq: 8, rev: 3, kind: 'purge' }, raw: null },
    ];
    const json = serializePullPage({ deliveries, nextCursor: 8, hasMore: false, epoch: EPOCH });
    expect(PullResponse.parse(JSON.parse(json))).toEqual({
      protocolVersion: 1,
      changes: [
        {
          ...base,
          seq: 7,
          rev: 2,
          kind: 'upsert',
          data: { notes: 'ünïcode "quoted"', emigrationYear: 2011 },
          extra: { futureField: [1, 2] },
          mergedInto: null,
        },
        { ...base, seq: 8, rev: 3, kind: 'purge' },
      ],
      nextCursor: 8,
      hasMore: false,
      epoch: EPOCH,
    });
  });

  it('writes an empty page', () => {
    expect(
      JSON.parse(
        serializePullPage({ deliveries: [], nextCursor: 0, hasMore: false, epoch: EPOCH }),
      ),
    ).toEqual({ protocolVersion: 1, changes: [], nextCursor: 0, hasMore: false, epoch: EPOCH });
  });
});
