import type { DuplicateCandidate } from '../../../search/member-search-types';

/** One list of candidates by id, reasons joined, the higher score kept, best first. */
export function mergeCandidates(
  ...lists: readonly (readonly DuplicateCandidate[])[]
): DuplicateCandidate[] {
  const byId = new Map<string, DuplicateCandidate>();
  for (const candidate of lists.flat()) {
    const known = byId.get(candidate.id);
    byId.set(
      candidate.id,
      known === undefined
        ? candidate
        : {
            id: candidate.id,
            name: known.name || candidate.name,
            reasons: [...new Set([...known.reasons, ...candidate.reasons])],
            score: Math.max(known.score, candidate.score),
          },
    );
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}
