import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/**
 * An instant in UTC, ISO 8601 with `Z` (`2025-03-01T09:30:00.000Z`). Office clocks are often
 * wrong, so the domain never orders two timestamps against each other in validation.
 */
export const Timestamp = z.iso.datetime(withCodes);
export type Timestamp = z.output<typeof Timestamp>;
