export * from './match-profile';
export * from './match-types';
export * from './rank-members';
export { candidateKeys, isCandidate, type CandidateKeys } from './candidate-keys';
export { normaliseSkill } from './normalise-skill';
export { matchProfileFrom, type MatchSource } from './match-source';
export { RankingResultSchema } from './ranking-result-schema';
export {
  transitionPlacement,
  type PlacementMove,
  type PlacementChange,
} from './transition-placement';
