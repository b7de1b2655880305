import { median } from './stats';

export type Side = 'baseline' | 'candidate';

export interface PairedTimes {
  /** Milliseconds per repetition, in repetition order. */
  baseline: number[];
  candidate: number[];
  /** candidate / baseline per repetition. */
  ratios: number[];
  /** Which side ran first in each repetition. */
  firsts: Side[];
  medianBaseline: number;
  medianCandidate: number;
  /** Median of the per-pair ratios: drift over the run cancels within each pair. */
  medianRatio: number;
}

/**
 * Runs baseline and candidate `reps` times each, alternating which goes first (B C, C B, B C...)
 * so that warm-up, caches and machine drift do not favour one side. Each function returns the
 * duration it measured, in milliseconds.
 */
export async function alternate(
  reps: number,
  baseline: (rep: number) => Promise<number>,
  candidate: (rep: number) => Promise<number>,
): Promise<PairedTimes> {
  if (reps < 1) throw new Error('reps must be >= 1');
  const result = { baseline: [] as number[], candidate: [] as number[], firsts: [] as Side[] };
  for (let rep = 0; rep < reps; rep++) {
    const first: Side = rep % 2 === 0 ? 'baseline' : 'candidate';
    result.firsts.push(first);
    if (first === 'baseline') {
      result.baseline.push(await baseline(rep));
      result.candidate.push(await candidate(rep));
    } else {
      result.candidate.push(await candidate(rep));
      result.baseline.push(await baseline(rep));
    }
  }
  const ratios = result.candidate.map((c, i) => c / (result.baseline[i] as number));
  return {
    ...result,
    ratios,
    medianBaseline: median(result.baseline),
    medianCandidate: median(result.candidate),
    medianRatio: median(ratios),
  };
}
