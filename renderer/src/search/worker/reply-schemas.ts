import { z } from 'zod';
import { RankingResultSchema } from '../../../../shared/matching/ranking-result-schema';
import { facetIds } from '../member-search-types';

const FacetCountSchema = z.object({ value: z.string(), count: z.number() });

export const MemberSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  altName: z.string().optional(),
  residence: z.string().optional(),
  occupation: z.string().optional(),
  updatedAt: z.string(),
  completeness: z.number(),
  draft: z.boolean(),
});

export const SearchResultSchema = z.object({
  total: z.number(),
  firstRows: z.array(MemberSummarySchema),
  facets: z.record(z.enum(facetIds), z.array(FacetCountSchema)),
});

export const NeedRankingSchema = RankingResultSchema.extend({
  contactable: z.array(z.string()),
});

export const MemberWindowSchema = z.object({
  total: z.number(),
  rows: z.array(MemberSummarySchema),
});

export const DuplicateCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  reasons: z.array(
    z.enum(['same-phone', 'same-email', 'same-document', 'same-name-birth-year', 'similar-name']),
  ),
  score: z.number(),
});

export const ProgressSchema = z.object({
  phase: z.enum(['idle', 'loading', 'indexing', 'ready', 'failed']),
  done: z.number(),
  total: z.number(),
});

/** Why a request failed, as data (the UI maps it to a message). */
export const searchErrorCodes = ['not-open', 'invalid-request', 'failed'] as const;
export type SearchErrorCode = (typeof searchErrorCodes)[number];

export const WorkerMessageSchema = z.union([
  z.object({ type: z.literal('progress'), progress: ProgressSchema }),
  z.object({
    type: z.literal('reply'),
    callId: z.number(),
    ok: z.literal(true),
    value: z.unknown(),
  }),
  z.object({
    type: z.literal('reply'),
    callId: z.number(),
    ok: z.literal(false),
    error: z.enum(searchErrorCodes),
  }),
]);
export type WorkerMessage = z.output<typeof WorkerMessageSchema>;
