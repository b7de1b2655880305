export * from './match-profile';
export * from './match-types';
export * from './rank-members';
export { normaliseSkill } from './normalise-skill';
