/**
 * Value pools for block 7, typed against the domain's unions so that a change in
 * shared/domain shows up here as a type error rather than as records that fail to parse.
 */
import type {
  AmountBand,
  AvailabilityMode,
  InvestmentNeed,
  InvestmentStage,
  InvestmentType,
  MissionDuration,
} from '../../shared/domain';

type Weighted<T> = readonly (readonly [T, number])[];

export const INVESTMENT_TYPES: Weighted<InvestmentType> = [
  ['business-creation', 4],
  ['community-project', 3],
  ['housing', 3],
  ['philanthropy', 1],
  ['financial-products', 1],
];

export const AMOUNT_BANDS: Weighted<AmountBand> = [
  ['under-10k', 5],
  ['10k-50k', 4],
  ['50k-250k', 2],
  ['250k-1m', 0.5],
  ['over-1m', 0.1],
];

export const INVESTMENT_STAGES: readonly InvestmentStage[] = [
  'idea',
  'planning',
  'ready',
  'in-progress',
  'operating',
];

export const INVESTMENT_NEEDS: readonly InvestmentNeed[] = [
  'financing',
  'land-or-premises',
  'partners',
  'permits',
  'technical-advice',
  'market-information',
  'training',
];

/** ISIC Rev.4 sections diaspora investors name most. */
export const INVESTMENT_SECTORS = ['A', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'P', 'Q'] as const;

export const AVAILABILITY_MODES: readonly AvailabilityMode[] = [
  'on-site',
  'virtual',
  'distance-teaching',
  'return',
];

export const MISSION_DURATIONS: readonly MissionDuration[] = [
  'under-2-weeks',
  '2-weeks-to-3-months',
  '3-to-6-months',
  '6-to-18-months',
];
