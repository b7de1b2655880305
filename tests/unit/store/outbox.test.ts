import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { Op } from '../../../shared/sync/op';
import { decodeHlc } from '../../../shared/sync/hlc';
import { recordWriteTables, writeRecord } from '../../../renderer/src/store/records/write-record';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { actorOf } from '../../../renderer/src/store/session';
import { verifyAuditChain } from '../../../renderer/src/store/audit/verify-audit-chain';
import { samplePerson, setUpOffice } from './helpers';

const people = repositoryFor('person');

describe('outbox', () => {
  it('appends a valid op for every write, with field changes and device order', async () => {
    const { store, session } = await setUpOffice();
    const created = await people.create(session, samplePerson());
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value.id;
    await people.update(session, id, { sex: 'undisclosed', email: undefined });
    await people.remove(session, id);
    const ops = (await store.db.outbox.where('recordId').equals(id).sortBy('seq')).map((o) =>
      Op.parse(o),
    );
    expect(ops.map((o) => o.kind)).toEqual(['create', 'update', 'delete']);
    expect(ops[0]!.baseRev).toBe(0);
    expect(ops[0]!.changes.sex).toEqual({ from: null, to: 'female' });
    expect(ops[1]).toMatchObject({
      baseRev: 1,
      changes: {
        sex: { from: 'female', to: 'undisclosed' },
        email: { from: 'aminata@example.org', to: null },
      },
    });
    expect(Object.keys(ops[1]!.changes).sort()).toEqual(['email', 'sex']);
    expect(ops[2]).toMatchObject({ baseRev: 2, changes: {} });
    const all = await store.db.outbox.orderBy('seq').toArray();
    expect(all.map((o) => o.deviceSeq)).toEqual(all.map((_, i) => i + 1));
    const stamps = all.map((o) => o.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(decodeHlc(stamps[0]!)).toMatchObject({ ok: true, clock: { node: session.deviceId } });
    expect(all.every((o) => o.userId === session.staffId && o.officeId === session.officeId)).toBe(
      true,
    );
  });

  it('writes nothing for an update that changes nothing', async () => {
    const { store, session } = await setUpOffice();
    const created = await people.create(session, samplePerson());
    if (!created.ok) throw new Error(created.error.code);
    const before = await store.db.outbox.count();
    const same = await people.update(session, created.value.id, { sex: 'female' });
    expect(same.ok && same.value.rev).toBe(1);
    expect(await store.db.outbox.count()).toBe(before);
  });

  it('rolls back record, op and audit together when the transaction throws after the writes', async () => {
    const { store, session } = await setUpOffice();
    const counts = async () => ({
      records: await store.db.records.count(),
      outbox: await store.db.outbox.count(),
      audit: await store.db.audit.count(),
    });
    const before = await counts();
    const record = {
      ...samplePerson(),
      id: '0195f0c8-1111-7000-8000-000000000001',
      type: 'person' as const,
      officeId: session.officeId,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      rev: 1,
    };
    await expect(
      store.db.transaction('rw', [...recordWriteTables], async () => {
        await writeRecord(actorOf(session), {
          kind: 'create',
          recordId: record.id,
          recordType: 'person',
          before: null,
          after: record,
        });
        expect(await store.db.records.get(record.id)).toBeDefined();
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await counts()).toEqual(before);
    expect(await store.db.records.get(record.id)).toBeUndefined();
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true });
  });

  it('leaves no half record when the outbox write fails after the record put', async () => {
    const { store, session } = await setUpOffice();
    let failOutbox = false;
    const faulty: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'FailOutbox',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'outbox') return table;
          return {
            ...table,
            mutate: (req) =>
              failOutbox && req.type === 'add'
                ? Promise.reject(new DOMException('disk full', 'QuotaExceededError'))
                : table.mutate(req),
          };
        },
      }),
    };
    store.db.close();
    store.db.use(faulty);
    await store.db.open();
    const recordsBefore = await store.db.records.count();
    failOutbox = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const created = await people.create(session, samplePerson('Halfwritten'));
    failOutbox = false;
    expect(warn).toHaveBeenCalledWith('store: storage-failed', 'QuotaExceededError');
    warn.mockRestore();
    expect(created).toEqual({ ok: false, error: { code: 'storage-failed' } });
    expect(await store.db.records.count()).toBe(recordsBefore);
    const all = await store.db.records.toArray();
    expect(JSON.stringify(all)).not.toContain('Halfwritten');
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true });
    // The device sequence did not advance either: the next op takes the number.
    const next = await people.create(session, samplePerson('Whole'));
    expect(next.ok).toBe(true);
    const seqs = (await store.db.outbox.orderBy('seq').toArray()).map((o) => o.deviceSeq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
