import type { RecordOf } from '../../../shared/domain/record-schemas';
import type { RecordType } from '../../../shared/domain/record-envelope';
import { repositoryFor, type StoreResult, type Session, type Visible } from '../store';

const PAGE = 500;

/**
 * Every record of a type the office holds, most recently changed first, without high-risk fields
 * (a list never shows them). For the service records (partners, consultations, referrals,
 * consents), which stay in the thousands where persons reach hundreds of thousands.
 */
export async function listAllRecords<T extends RecordType>(
  session: Session,
  type: T,
): Promise<StoreResult<Visible<RecordOf<T>>[]>> {
  const repository = repositoryFor(type);
  const all: Visible<RecordOf<T>>[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repository.list(session, { limit: PAGE, offset });
    if (!page.ok) return page;
    all.push(...(page.value.records as Visible<RecordOf<T>>[]));
    if (page.value.records.length + page.value.invalid < PAGE) return { ok: true, value: all };
  }
}
