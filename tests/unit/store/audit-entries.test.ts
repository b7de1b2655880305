import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/audit/canonical-json';
import { hashAuditBody, verifyAuditEntries } from '../../../shared/audit/audit-chain';
import type { AuditBody, AuditEntry } from '../../../shared/audit/audit-entry';
import { GENESIS_HASH } from '../../../shared/audit/audit-entry';
import { sha256Hex } from '../../../renderer/src/crypto/bytes';

describe('canonical JSON', () => {
  it('is independent of key order and matches JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow();
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(new Date())).toThrow();
  });
});

async function chain(length: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const body: AuditBody = {
      seq,
      at: '2025-03-01T09:00:00.000Z',
      action: 'update',
      officeId: '0195f0c8-0000-7000-8000-000000000001',
      deviceId: '0195f0c8-0000-7000-8000-000000000002',
      userId: '0195f0c8-0000-7000-8000-000000000003',
      recordId: '0195f0c8-0000-7000-8000-000000000004',
      recordType: 'person',
      prevHash,
    };
    const hash = await hashAuditBody(body, sha256Hex);
    entries.push({ ...body, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit chain (pure)', () => {
  it('verifies an intact chain and reports the first broken link', async () => {
    const entries = await chain(5);
    expect(await verifyAuditEntries(entries, sha256Hex)).toMatchObject({ ok: true, count: 5 });
    const edited = entries.map((e) => (e.seq === 3 ? { ...e, action: 'delete' as const } : e));
    expect(await verifyAuditEntries(edited, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'hash-mismatch',
    });
    const relinked = entries.map((e) => (e.seq === 4 ? { ...e, prevHash: GENESIS_HASH } : e));
    expect(await verifyAuditEntries(relinked, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'prev-hash-mismatch',
    });
    const gap = entries.filter((e) => e.seq !== 2);
    expect(await verifyAuditEntries(gap, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'missing-entry',
    });
    const junk = [...entries.slice(0, 2), { seq: 3, nonsense: true }];
    expect(await verifyAuditEntries(junk, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'invalid-entry',
    });
  });

  it('uses the head to find a cut-off tail or an unknown head', async () => {
    const entries = await chain(4);
    const head = { seq: 4, hash: entries[3]!.hash };
    expect(await verifyAuditEntries(entries.slice(0, 3), sha256Hex, head)).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'missing-entry',
    });
    expect(await verifyAuditEntries(entries, sha256Hex, { seq: 4, hash: GENESIS_HASH })).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'head-mismatch',
    });
  });
});
