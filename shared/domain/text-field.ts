import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/** Common lengths, in UTF-16 code units. */
export const textLimits = { name: 100, short: 200, long: 2000, notes: 10_000 } as const;

/**
 * A required piece of free text: trimmed, NFC-normalised (so the same Arabic or Ethiopic name
 * typed on two keyboards compares equal), never empty.
 */
export function textField(max: number = textLimits.short) {
  return z
    .string(withCodes)
    .trim()
    .normalize('NFC')
    .min(1, { error: 'required', abort: true })
    .max(max, { error: 'too-long' });
}
