import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BATCH_OPS,
  TARGET_GZIP_BYTES,
  estimateGzipBytes,
  nextBatchSize,
  splitIntoBatches,
  utf8Length,
} from '../../../../shared/sync/protocol/batch-size';
import { op, set } from './helpers';

function realisticOp(i: number, notesChars: number) {
  const notes = 'Rencontre au consulat, souhaite contribuer. عبد الله '
    .repeat(Math.ceil(notesChars / 50))
    .slice(0, notesChars);
  return op({
    kind: 'update',
    baseRev: i,
    changes: { ...set('notes', null, notes), ...set('emigrationYear', null, 2001) },
  });
}

describe('batch size', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('ع')).toBe(2);
    expect(utf8Length('ሀ')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });

  it('caps at 500 ops however small they are', () => {
    const tiny = Array.from({ length: 1_200 }, () => ({}));
    expect(nextBatchSize(tiny)).toBe(MAX_BATCH_OPS);
    expect(splitIntoBatches(tiny).map((b) => b.length)).toEqual([500, 500, 200]);
  });

  it('always sends at least one op, even one larger than the budget', () => {
    expect(nextBatchSize([realisticOp(1, 600_000)])).toBe(1);
    expect(nextBatchSize([])).toBe(0);
  });

  it('keeps every batch within the estimated budget, order and ops intact', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40_000 }), { maxLength: 60 }), (sizes) => {
        const ops = sizes.map((n, i) => realisticOp(i, n));
        const batches = splitIntoBatches(ops);
        expect(batches.flat()).toEqual(ops);
        for (const batch of batches) {
          const estimate = batch.reduce((sum, o) => sum + estimateGzipBytes(o), 0);
          expect(batch.length === 1 || estimate <= TARGET_GZIP_BYTES).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('over-estimates what gzip really makes of realistic ops (so requests stay under ~240 KB)', () => {
    const ops = Array.from({ length: 400 }, (_, i) => realisticOp(i, 200 + ((i * 37) % 800)));
    const batch = ops.slice(0, nextBatchSize(ops));
    const actual = gzipSync(JSON.stringify({ protocolVersion: 1, ops: batch })).length;
    expect(actual).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });
});
