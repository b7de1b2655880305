import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/i18n/locales';
import { useActiveSession } from '../session/use-desk-session';
import { canViewHighRisk, onRecordsCommitted } from '../store';
import { createClientHolder } from './client-holder';
import { closedMemberSearch } from './closed-member-search';
import { createMemberSearchClient } from './member-search-client';
import { MemberSearchContext } from './member-search-context';
import type { MemberSearch } from './member-search-types';
import { spawnSearchWorker } from './spawn-search-worker';

/**
 * Opens the members search worker when the desk is unlocked (the one the unlock screen started,
 * its code loaded, else a new one) and ends it (dropping every decrypted member) when it locks
 * or the person signs out. Committed writes of the store are passed on so the index stays
 * current.
 */
export function MemberSearchProvider({ children }: { children: ReactNode }) {
  const session = useActiveSession();
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const [holder] = useState(createClientHolder);
  const client = useSyncExternalStore(holder.subscribe, holder.get);

  useEffect(() => {
    if (!session) return;
    const port = spawnSearchWorker();
    if (!port) return;
    const started = createMemberSearchClient(port);
    const { db, keyring } = session.store;
    const stop = onRecordsCommitted(db, (event) => {
      started.recordsCommitted(event).catch(() => console.warn('search: refresh failed'));
    });
    started
      .open({
        dbName: db.name,
        dataKey: keyring.dataKey(),
        highRisk: canViewHighRisk(session.role),
        locale: isLocale(i18n.language) ? i18n.language : 'en',
      })
      .catch(() => console.warn('search: worker did not open'));
    holder.set(started);
    return () => {
      stop();
      started.dispose();
      holder.set(null);
    };
    // The language is followed below without restarting the worker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, holder]);

  useEffect(() => {
    client?.setLocale(locale).catch(() => undefined);
  }, [client, locale]);

  const search: MemberSearch = client ?? closedMemberSearch;
  return <MemberSearchContext value={search}>{children}</MemberSearchContext>;
}
