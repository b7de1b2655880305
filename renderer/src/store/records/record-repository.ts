import type { z } from 'zod';
import { fieldSensitivity } from '../../../../shared/domain/field-sensitivity';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import { recordSchemas } from '../../../../shared/domain/record-schemas';
import type { StoreResult } from '../store-error';
import type { Session } from '../session';
import { createRecord } from './create-record';
import { deleteRecord } from './delete-record';
import { getRecord } from './get-record';
import type { ListOptions, RecordList } from './list-records';
import { listRecords } from './list-records';
import { personIdentifiers } from './person-identifiers';
import type {
  Identifier,
  RecordConfig,
  RecordContent,
  RecordSchema,
  ViewedRecord,
} from './record-config';
import type { WriteOptions } from './update-record';
import { updateRecord } from './update-record';

/** Typed record operations for one record type. Every write is record + op + audit, atomic. */
export interface RecordRepository<S extends RecordSchema> {
  readonly config: RecordConfig<S>;
  create(session: Session, content: RecordContent<S>): Promise<StoreResult<z.output<S>>>;
  update(
    session: Session,
    id: string,
    patch: Partial<RecordContent<S>>,
    options?: WriteOptions,
  ): Promise<StoreResult<z.output<S>>>;
  remove(session: Session, id: string, options?: WriteOptions): Promise<StoreResult<void>>;
  get(session: Session, id: string): Promise<StoreResult<ViewedRecord<z.output<S>>>>;
  list(session: Session, options?: ListOptions): Promise<StoreResult<RecordList<z.output<S>>>>;
}

/** A repository over any record schema (the store is generic; the domain map is wired below). */
export function createRepository<S extends RecordSchema>(
  config: RecordConfig<S>,
): RecordRepository<S> {
  return {
    config,
    create: (session, content) => createRecord(session, config, content),
    update: (session, id, patch, options) => updateRecord(session, config, id, patch, options),
    remove: (session, id, options) => deleteRecord(session, config, id, options),
    get: (session, id) => getRecord(session, config, id),
    list: (session, options) => listRecords(session, config, options),
  };
}

type SchemaOf<T extends RecordType> = (typeof recordSchemas)[T];

const identifiersByType: Partial<Record<RecordType, (record: never) => readonly Identifier[]>> = {
  person: personIdentifiers,
};

/** The repository of a domain record type, with its schema and field sensitivity. */
export function repositoryFor<T extends RecordType>(type: T): RecordRepository<SchemaOf<T>> {
  const config: RecordConfig<SchemaOf<T>> = {
    type,
    schema: recordSchemas[type] as SchemaOf<T>,
    sensitivity: fieldSensitivity[type],
    identifiers: identifiersByType[type] as RecordConfig<SchemaOf<T>>['identifiers'],
  };
  // T is generic here, so TypeScript cannot see SchemaOf<T> is a RecordSchema; each one is.
  return createRepository(
    config as unknown as RecordConfig<RecordSchema>,
  ) as unknown as RecordRepository<SchemaOf<T>>;
}
