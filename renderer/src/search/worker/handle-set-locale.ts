import { z } from 'zod';
import { defineHandler, requireOpen } from './request-handler';
import { LocaleSchema } from './request-schemas';

/** The interface language changed: display names, name order and occupation titles follow. */
export const handleSetLocale = defineHandler({
  input: z.object({ locale: LocaleSchema }),
  handle(state, { locale }) {
    requireOpen(state).index.setLocale(locale);
    return null;
  },
});
