/** Ops per push at most, whatever their size. */
export const MAX_BATCH_OPS = 500;
/** 30 s at 64 kbit/s (DESIGN.md section 3): what one gzip'd request may weigh. */
export const TARGET_GZIP_BYTES = 240 * 1024;
/**
 * gzip output over JSON input assumed for ops. Batches of generated people compress to 0.10-0.11
 * (bench P9: field names, ids and coded values repeat); free-text notes in many scripts compress
 * worse. 0.3 stays pessimistic by about 3x on real batches (a batch that overshoots on a 2G link
 * times out and is sent again whole) without halving batches for nothing: at 0.5, 1,000 new
 * registrations took 5 requests of ~60 KB, each paying the link's round trip.
 */
export const ASSUMED_GZIP_RATIO = 0.3;
/** The request's own fields around the ops array. */
const ENVELOPE_BYTES = 256;

export interface BatchBudget {
  readonly targetGzipBytes?: number;
  readonly gzipRatio?: number;
  readonly maxOps?: number;
}

/** UTF-8 length of a string, without TextEncoder (shared/ has no DOM or Node globals). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Estimated gzip'd size of one op inside a request (its JSON plus a separating comma). */
export function estimateGzipBytes(op: unknown, gzipRatio = ASSUMED_GZIP_RATIO): number {
  return Math.ceil((utf8Length(JSON.stringify(op)) + 1) * gzipRatio);
}

/**
 * How many of the leading `ops` go into the next push: as many as fit the budget, at most
 * `maxOps`, and always at least one (an op larger than the budget still has to travel).
 */
export function nextBatchSize(
  ops: readonly unknown[],
  budget: BatchBudget = {},
  start = 0,
): number {
  const target = budget.targetGzipBytes ?? TARGET_GZIP_BYTES;
  const ratio = budget.gzipRatio ?? ASSUMED_GZIP_RATIO;
  const maxOps = Math.min(budget.maxOps ?? MAX_BATCH_OPS, MAX_BATCH_OPS);
  let used = Math.ceil(ENVELOPE_BYTES * ratio);
  let count = 0;
  for (let i = start; i < ops.length && count < maxOps; i += 1) {
    used += estimateGzipBytes(ops[i], ratio);
    if (used > target && count > 0) break;
    count += 1;
  }
  return count;
}

/** The ops cut into consecutive batches by {@link nextBatchSize}, order kept. */
export function splitIntoBatches<T>(ops: readonly T[], budget: BatchBudget = {}): T[][] {
  const batches: T[][] = [];
  let start = 0;
  while (start < ops.length) {
    const size = nextBatchSize(ops, budget, start);
    batches.push(ops.slice(start, start + size));
    start += size;
  }
  return batches;
}
