import type { BlindIndexRow, RecordRow } from '../../store/db/rows';
import { blindIndexesOf } from '../../store/records/blind-indexes';
import { repositoryFor } from '../../store/records/record-repository';
import type { Session } from '../../store/session';

/**
 * The blind indexes of the pulled records a page leaves on the desk (persons: phones, e-mail,
 * documents), so the exact-match duplicate check sees records of other offices too. A row that
 * does not read as a person (a newer format) gets none rather than stopping the pull.
 */
export async function pulledBlindIndexes(
  session: Session,
  rows: readonly RecordRow[],
): Promise<BlindIndexRow[]> {
  const { config } = repositoryFor('person');
  const persons = rows.filter((row) => row.type === 'person');
  const hashes = await Promise.all(
    persons.map((row) => {
      const parsed = config.schema.safeParse(row);
      return parsed.success ? blindIndexesOf(session, config, parsed.data) : undefined;
    }),
  );
  return persons.flatMap((row, i) =>
    (hashes[i] ?? []).map((hash) => ({ hash, recordId: row.id, recordType: row.type })),
  );
}
