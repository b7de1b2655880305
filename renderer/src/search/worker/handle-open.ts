import { z } from 'zod';
import { OfficeDb } from '../../store/db/office-db';
import { createOpenIndex } from './create-open-index';
import { defineHandler } from './request-handler';
import { LocaleSchema } from './request-schemas';

/**
 * Opens the office database (read only, by its name) with the session's data key, a
 * non-extractable CryptoKey the page cloned over, and starts the initial load. Answers at once;
 * progress messages follow.
 */
export const handleOpen = defineHandler({
  input: z.object({
    dbName: z.string().min(1),
    dataKey: z.custom<CryptoKey>((v) => v instanceof CryptoKey),
    highRisk: z.boolean(),
    locale: LocaleSchema,
  }),
  async handle(state, { dbName, dataKey, highRisk, locale }) {
    if (state.open) return null;
    const db = new OfficeDb(dbName);
    await db.open();
    await createOpenIndex(state, { db, dataKey, highRisk, locale });
    return null;
  },
});
