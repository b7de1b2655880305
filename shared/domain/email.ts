import { z } from 'zod';
import { withCodes } from './domain-error-codes';

export const Email = z.email(withCodes).max(254, { error: 'too-long' });
export type Email = z.output<typeof Email>;
