import { z } from 'zod';
import { loadCodeList, searchList } from '../../../../shared/codelists';
import type { Locale } from '../../../../shared/i18n/locales';
import { OfficeDb } from '../../store/db/office-db';
import { ConsentFacts } from '../index/consent-facts';
import { MemberIndex } from '../index/member-index';
import { nameTextKeys } from '../index/name-text-keys';
import { loadMembers } from './load-members';
import { defineHandler } from './request-handler';
import { LocaleSchema } from './request-schemas';

const iscoList = loadCodeList('isco-08');

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
    const isco = await iscoList;
    let current: Locale = locale;
    const index = new MemberIndex({
      textKeys: nameTextKeys,
      occupationGroups: (word) => searchList(isco, word, current, 50).map((m) => m.code),
      locale,
    });
    const setLocale = index.setLocale.bind(index);
    index.setLocale = (next: Locale) => {
      current = next;
      setLocale(next);
    };
    let finish!: () => void;
    const open = {
      db,
      dataKey,
      index,
      consents: new ConsentFacts(),
      projection: { highRisk },
      loaded: new Promise<void>((resolve) => (finish = resolve)),
    };
    state.open = open;
    void loadMembers(state, open)
      .catch(() => state.report({ ...state.progress, phase: 'failed' }))
      .finally(finish);
    return null;
  },
});
