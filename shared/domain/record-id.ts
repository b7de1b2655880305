import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/** Record ids are UUIDv7 made on the client, so offline creates never collide. */
export const RecordId = z.uuid({ version: 'v7', ...withCodes });
export type RecordId = z.output<typeof RecordId>;
