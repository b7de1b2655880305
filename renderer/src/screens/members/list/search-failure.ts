import { MemberSearchError } from '../../../search/member-search-client';

/** Why a search or a row fetch failed, as a closed code the screen maps to a message. */
export type SearchFailure = MemberSearchError['code'];

export function searchFailureOf(error: unknown): SearchFailure {
  return error instanceof MemberSearchError ? error.code : 'failed';
}
