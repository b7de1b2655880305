import { matchProfileFrom, type MatchProfile } from '../../../../shared/matching';
import { hasPurpose, type ConsentMask } from './consent-facts';
import type { ProjectionSource } from './projection-source';

/**
 * Per-member structures other features keep in the index beside the projection (matching's
 * profile, for one). Adding one is one small change: a field here and its deriver below (widen
 * ProjectionSource if it reads more of the person). Derivers run when the person or their
 * consents change, so a derived value is never stale.
 */
export interface DerivedFields {
  /** What ranking a mission request reads (shared/matching); contact consent included. */
  readonly match: MatchProfile;
}

type Derivers = { readonly [K in keyof DerivedFields]: Deriver<DerivedFields[K]> };
type Deriver<T> = (source: ProjectionSource, consents: ConsentMask) => T;

const derivers: Derivers = {
  match: (source, consents) =>
    matchProfileFrom(source, hasPurpose(consents, 'contact-opportunities')),
};

/**
 * The derived fields of a member whose consents changed and nothing else: what a fresh
 * {@link deriveFields} would give, without the decrypted person (each consent-dependent field
 * says how it follows the consents here).
 */
export function withConsents(derived: DerivedFields, consents: ConsentMask): DerivedFields {
  const contactConsent = hasPurpose(consents, 'contact-opportunities');
  if (derived.match.contactConsent === contactConsent) return derived;
  return { ...derived, match: { ...derived.match, contactConsent } };
}

export function deriveFields(source: ProjectionSource, consents: ConsentMask): DerivedFields {
  const derived: Record<string, unknown> = {};
  for (const [name, derive] of Object.entries(derivers) as [string, Deriver<unknown>][]) {
    derived[name] = derive(source, consents);
  }
  // Filled key by key from `derivers`, which has exactly the keys of DerivedFields.
  return derived as unknown as DerivedFields;
}
