import { canonicalJson } from './canonical-json';
import { AuditEntry, GENESIS_HASH } from './audit-entry';
import type { AuditBody, AuditHead } from './audit-entry';

/** SHA-256 of a UTF-8 string as lowercase hex; injected so this module stays pure. */
export type Sha256Hex = (text: string) => Promise<string>;

/** The hash of an entry: SHA-256 over the canonical JSON of its body (prevHash included). */
export function hashAuditBody(body: AuditBody, sha256: Sha256Hex): Promise<string> {
  return sha256(canonicalJson(body));
}

export type ChainBreakReason =
  'invalid-entry' | 'missing-entry' | 'prev-hash-mismatch' | 'hash-mismatch' | 'head-mismatch';

export type ChainVerdict =
  | { ok: true; count: number; head: AuditHead }
  | { ok: false; brokenAt: number; reason: ChainBreakReason };

/**
 * Walks entries in seq order and reports the first broken link: an entry that does not parse,
 * a gap in seq (an entry deleted), a previous-hash that does not match the entry before, or an
 * entry whose own hash does not match its content (edited). With `head` (the separately kept last
 * seq and hash), a log cut short at the end is found too.
 */
export async function verifyAuditEntries(
  entries: readonly unknown[],
  sha256: Sha256Hex,
  head?: AuditHead | null,
): Promise<ChainVerdict> {
  let prev: AuditHead = { seq: 0, hash: GENESIS_HASH };
  for (const raw of entries) {
    const parsed = AuditEntry.safeParse(raw);
    const rawSeq = (raw as { seq?: unknown } | null)?.seq;
    const seqHint = typeof rawSeq === 'number' ? rawSeq : prev.seq + 1;
    if (!parsed.success) return { ok: false, brokenAt: seqHint, reason: 'invalid-entry' };
    const { hash, ...body } = parsed.data;
    if (body.seq !== prev.seq + 1)
      return { ok: false, brokenAt: body.seq, reason: 'missing-entry' };
    if (body.prevHash !== prev.hash) {
      return { ok: false, brokenAt: body.seq, reason: 'prev-hash-mismatch' };
    }
    if ((await hashAuditBody(body, sha256)) !== hash) {
      return { ok: false, brokenAt: body.seq, reason: 'hash-mismatch' };
    }
    prev = { seq: body.seq, hash };
  }
  if (head && (head.seq !== prev.seq || head.hash !== prev.hash)) {
    return head.seq > prev.seq
      ? { ok: false, brokenAt: prev.seq + 1, reason: 'missing-entry' }
      : { ok: false, brokenAt: prev.seq, reason: 'head-mismatch' };
  }
  return { ok: true, count: prev.seq, head: prev };
}
