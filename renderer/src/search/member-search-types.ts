/**
 * The contract between the members search worker and the screens that use it (list, form's
 * duplicate warning, matching). The worker holds a decrypted projection of every person in
 * memory only; screens ask it questions and get small answers back.
 */
import type { MissionRequest } from '../../../shared/domain/mission-request';
import type { PersonInput } from '../../../shared/domain/person';
import type { RankingResult } from '../../../shared/matching/match-types';
import type { DuplicateReason } from '../../../shared/names';

/** Filters with counts on the members list. Values are codes, never labels. */
export const facetIds = [
  'residence', // ISO 3166-1 alpha-2 country of residence
  'origin', // ISO 3166-2 region of origin
  'sector', // ISIC Rev.4 section of the member's sector
  'iscoMajor', // ISCO-08 major group (1 digit) of the occupation
  'language', // ISO 639-3
  'availabilityMode', // on-site | virtual | distance-teaching | return
  'investmentType', // business-creation | community-project | ...
  'association', // id of a diaspora association (an organisation record) the member belongs to
] as const;
export type FacetId = (typeof facetIds)[number];

export const memberSortKeys = [
  'relevance',
  'name',
  'updated',
  'residence',
  'completeness',
] as const;
export type MemberSortKey = (typeof memberSortKeys)[number];

export interface MemberQuery {
  /** What the person typed: names in any script, skills, occupation words. */
  readonly text: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  readonly filters: Partial<Record<FacetId, readonly string[]>>;
  readonly sort: MemberSortKey;
  readonly descending?: boolean;
}

/** One row of the members list: only what the list shows (no high-risk fields). */
export interface MemberSummary {
  readonly id: string;
  /** Display name in the best script for the interface language, passport spelling otherwise. */
  readonly name: string;
  /** The name in another script, if any (shown small under the name). */
  readonly altName?: string;
  readonly residence?: string;
  /** ISCO-08 code of the main occupation. */
  readonly occupation?: string;
  readonly updatedAt: string;
  /** 0..1, from profileCompleteness. */
  readonly completeness: number;
  /** True while draftProblems says the profile is still a draft. */
  readonly draft: boolean;
}

/** A window of a query's result, asked without replacing the last search (see `window`). */
export interface MemberWindow {
  readonly total: number;
  readonly rows: readonly MemberSummary[];
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/** Rows a search answers with (the list's first page), so the list needs no second call. */
export const FIRST_ROWS = 50;

export interface MemberSearchResult {
  /** Number of matching members; fetch them with `rows`. */
  readonly total: number;
  /** The first FIRST_ROWS rows of the result (all of them when fewer). */
  readonly firstRows: readonly MemberSummary[];
  /** Counts for the current text and the other facets' filters (standard facet behaviour). */
  readonly facets: Readonly<Record<FacetId, readonly FacetCount[]>>;
}

export type IndexPhase = 'idle' | 'loading' | 'indexing' | 'ready' | 'failed';

export interface IndexProgress {
  readonly phase: IndexPhase;
  /** Records done in the current phase, and how many in all. */
  readonly done: number;
  readonly total: number;
}

export type { DuplicateReason };

export interface DuplicateCandidate {
  readonly id: string;
  readonly name: string;
  readonly reasons: readonly DuplicateReason[];
  /** 0..1; only a suggestion, a person decides. */
  readonly score: number;
}

/** A need's ranking with what its screen needs besides: who may be contacted. */
export interface NeedRankingResult extends RankingResult {
  /**
   * Among the ranked members and the `people` asked about (those already decided on for the
   * need), the ids of those with an active consent to be contacted about opportunities.
   */
  readonly contactable: readonly string[];
}

/** What a screen can ask of the members index (see useMemberSearch). */
export interface MemberSearch {
  progress(): IndexProgress;
  onProgress(listener: (progress: IndexProgress) => void): () => void;
  /** Runs a query; the matching ids stay in the worker, in sorted order. */
  search(query: MemberQuery): Promise<MemberSearchResult>;
  /** Rows [from, to) of the last search's result, for the virtualised list. */
  rows(from: number, to: number): Promise<readonly MemberSummary[]>;
  /**
   * Rows [from, to) of `query`'s result and its size, in one call that leaves the last search
   * (another screen's list) as it is. Answers after pending refreshes.
   */
  window(query: MemberQuery, from: number, to: number): Promise<MemberWindow>;
  /**
   * For each group of values of `facet`, how many members have any of them (an association
   * with its chapters counts each person once). Answers after pending refreshes.
   */
  countMembers(facet: FacetId, groups: readonly (readonly string[])[]): Promise<readonly number[]>;
  /** Possible duplicates of a person being registered (or edited: pass its id to exclude it). */
  findDuplicates(
    person: Partial<PersonInput>,
    excludeId?: string,
  ): Promise<readonly DuplicateCandidate[]>;
  /**
   * Members ranked for a mission request, best first, with the reasons for each rank and how
   * many who would fit were left out (no consent to be contacted, or processing restricted),
   * and which of them and of `people` may be contacted now. Waits for the initial load and
   * pending refreshes. A suggestion only: a person decides.
   */
  rankForNeed(
    need: MissionRequest,
    limit?: number,
    people?: readonly string[],
  ): Promise<NeedRankingResult>;
}
