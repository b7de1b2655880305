import type { Consent } from '../../../../../shared/domain/consent';
import { repositoryFor, type Session, type StoreResult } from '../../../store';

const consents = repositoryFor('consent');
const PAGE = 1000;

/**
 * A person's consents, every purpose, withdrawn ones included, oldest given first. Consents are
 * their own sealed records with no clear link to the person, so this reads the office's consents
 * page by page and keeps the person's.
 */
export async function listPersonConsents(
  session: Session,
  personId: string,
): Promise<StoreResult<Consent[]>> {
  const found: Consent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await consents.list(session, { offset, limit: PAGE });
    if (!page.ok) return page;
    for (const consent of page.value.records) {
      if (consent.personId === personId) found.push(consent as Consent);
    }
    if (page.value.records.length + page.value.invalid < PAGE) break;
  }
  found.sort((a, b) => a.givenAt.localeCompare(b.givenAt));
  return { ok: true, value: found };
}
