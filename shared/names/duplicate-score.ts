import type { DuplicateReason } from './duplicate-reason';
import { tokenSetSimilarity, type TokenWeight } from './name-similarity';
import { nameTokensPerScript, personNameKeys, type NamesLike } from './person-name-keys';

/** What duplicate scoring reads of a person; a Person, a form's values or a worker projection. */
export interface PersonLike {
  readonly names?: NamesLike;
  readonly dateOfBirth?: { readonly year: number; readonly month?: number; readonly day?: number };
  readonly phones?: readonly { readonly number: string }[];
  readonly email?: string;
  readonly documents?: readonly {
    readonly number: string;
    readonly issuingCountry?: { readonly code: string };
  }[];
}

export interface DuplicateScore {
  /** 0..1; 0 with no reason. Only a suggestion: a person decides, nothing is merged. */
  readonly score: number;
  /** Strongest first. */
  readonly reasons: DuplicateReason[];
}

/** Names at least this similar (nameSimilarity) are reported as "similar-name". */
export const similarNameThreshold = 0.85;
/** Birth years this far apart still count as the same (a year known only roughly). */
export const birthYearTolerance = 1;

/** How strongly each reason alone suggests the same person. */
const evidence: Readonly<Record<DuplicateReason, number>> = {
  'same-document': 0.97,
  'same-phone': 0.9,
  'same-email': 0.85,
  'same-name-birth-year': 0.8,
  'similar-name': 0.5,
};

const documentKey = (doc: NonNullable<PersonLike['documents']>[number]) =>
  doc.number.toUpperCase().replace(/[\s./-]/g, '');

function sameDocument(a: PersonLike, b: PersonLike): boolean {
  return (a.documents ?? []).some((docA) =>
    (b.documents ?? []).some((docB) => {
      const countries = [docA.issuingCountry?.code, docB.issuingCountry?.code];
      const countryAgrees = countries.includes(undefined) || countries[0] === countries[1];
      return countryAgrees && documentKey(docA) === documentKey(docB);
    }),
  );
}

const samePhone = (a: PersonLike, b: PersonLike) =>
  (a.phones ?? []).some((pa) => (b.phones ?? []).some((pb) => pa.number === pb.number));

const sameEmail = (a: PersonLike, b: PersonLike) =>
  a.email !== undefined &&
  b.email !== undefined &&
  a.email.trim().toLowerCase() === b.email.trim().toLowerCase();

/** Best similarity over every pair of scripts the two people's names are written in. */
export function personNameSimilarity(a: PersonLike, b: PersonLike, weight?: TokenWeight): number {
  const options = weight === undefined ? {} : { tokenWeight: weight };
  let best = 0;
  for (const tokensA of nameTokensPerScript(a.names ?? {})) {
    for (const tokensB of nameTokensPerScript(b.names ?? {})) {
      best = Math.max(best, tokenSetSimilarity(tokensA, tokensB, options));
    }
  }
  return best;
}

/** The reasons found in exact identifiers: same document, phone, e-mail. */
export function identifierReasons(a: PersonLike, b: PersonLike): DuplicateReason[] {
  return [
    ...(sameDocument(a, b) ? (['same-document'] as const) : []),
    ...(samePhone(a, b) ? (['same-phone'] as const) : []),
    ...(sameEmail(a, b) ? (['same-email'] as const) : []),
  ];
}

/** Reasons combined as independent evidence: 1 - Π(1 - strength); 0 with no reason. */
export function scoreOf(reasons: DuplicateReason[]): DuplicateScore {
  const miss = reasons.reduce((product, reason) => product * (1 - evidence[reason]), 1);
  return { score: reasons.length === 0 ? 0 : 1 - miss, reasons };
}

function nameReason(a: PersonLike, b: PersonLike, weight?: TokenWeight): DuplicateReason[] {
  const yearA = a.dateOfBirth?.year;
  const yearB = b.dateOfBirth?.year;
  const bothYears = yearA !== undefined && yearB !== undefined;
  if (bothYears && Math.abs(yearA - yearB) > birthYearTolerance) return [];
  const keysB = new Set(personNameKeys(b.names ?? {}));
  const sameKey = personNameKeys(a.names ?? {}).some((key) => keysB.has(key));
  if (sameKey && bothYears) return ['same-name-birth-year'];
  return personNameSimilarity(a, b, weight) >= similarNameThreshold ? ['similar-name'] : [];
}

/**
 * How likely two people are the same person, and why: same phone, e-mail or identity document
 * number (issuing countries agreeing when both are known), same name key (personNameKeys) with
 * birth years at most a year apart, or similar names when the birth years do not contradict.
 * Reasons combine as independent evidence: 1 - Π(1 - strength).
 */
export function duplicateScore(
  a: PersonLike,
  b: PersonLike,
  options: { readonly tokenWeight?: TokenWeight } = {},
): DuplicateScore {
  return scoreOf([...identifierReasons(a, b), ...nameReason(a, b, options.tokenWeight)]);
}
