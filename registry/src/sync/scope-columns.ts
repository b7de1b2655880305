import { codePatterns } from '../../../shared/domain/coded';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';

/**
 * The person's country of residence and first region as plain columns (for people reading the
 * tables and for snapshots by key); the pull itself goes by `change_keys`.
 */
export function scopeColumns(facts: ScopeFacts): {
  residenceCountry: string | null;
  originRegion: string | null;
} {
  if (facts.visibility !== 'person') return { residenceCountry: null, originRegion: null };
  const country = facts.residenceCountry;
  return {
    residenceCountry: country !== null && codePatterns['iso-3166-1'].test(country) ? country : null,
    originRegion: facts.regions.find((code) => codePatterns['iso-3166-2'].test(code)) ?? null,
  };
}
