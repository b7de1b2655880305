import type { z } from 'zod';
import { blindIndex } from '../../crypto/blind-index';
import type { Session } from '../session';
import type { RecordConfig, RecordSchema } from './record-config';

/** The blind indexes of a record (undefined when its type has no identifiers). */
export async function blindIndexesOf<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  record: z.output<S> | null,
): Promise<string[] | undefined> {
  if (!config.identifiers) return undefined;
  if (!record) return [];
  const key = session.store.keyring.blindIndexKey();
  const hashes = await Promise.all(
    config.identifiers(record).map((id) => blindIndex(key, id.kind, id.value)),
  );
  return [...new Set(hashes)];
}
