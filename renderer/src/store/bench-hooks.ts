/**
 * Entry points for bench/ (PERFORMANCE.md P1, P3, P4). Not used by the app. Each opens its own
 * database, so runs never share state; call `dispose` to delete it.
 */
import type { ChromeTransactionDurability } from 'dexie';
import type { Person } from '../../../shared/domain/person';
import { randomBytes } from '../crypto/bytes';
import { deriveKek } from '../crypto/derive-kek';
import { passthroughVault } from '../crypto/key-vault';
import type { KdfParams, PassphraseKdfParams } from '../crypto/kdf-params';
import { defaultPassphraseKdf } from '../crypto/kdf-params';
import { createOffice } from './accounts/create-office';
import { OfficeDb } from './db/office-db';
import type { RecordRow } from './db/rows';
import { openOfficeStore } from './open-office-store';
import type { RecordContent } from './records/record-config';
import { bulkPutSealed } from './records/bulk-put-sealed';
import { repositoryFor } from './records/record-repository';
import type { OfficeStore, Session } from './session';

export interface BenchOffice {
  readonly store: OfficeStore;
  readonly session: Session;
  dispose(): Promise<void>;
}

/** Unlock cost is P4's business: the bench office wraps its key with a trivial KDF. */
const trivialKdf = (): PassphraseKdfParams => ({
  alg: 'pbkdf2-sha256',
  iterations: 1,
  salt: randomBytes(16),
});

/**
 * A fresh encrypted office database, set up and unlocked. `durability` as the app would open it
 * (default: the browser's own), for P3 to compare.
 */
export async function openBenchOffice(
  name: string,
  options: { durability?: ChromeTransactionDurability } = {},
): Promise<BenchOffice> {
  const store = await openOfficeStore(name, {
    passphraseKdf: trivialKdf,
    vault: passthroughVault,
    ...(options.durability ? { durability: options.durability } : {}),
  });
  const created = await createOffice(store, {
    office: {
      name: 'Bench office',
      country: { list: 'iso-3166-1', version: '2024', code: 'NE' },
      officeType: 'headquarters',
    },
    admin: {
      username: 'bench.admin',
      displayName: 'Bench',
      passphrase: 'bench bench lantern river',
    },
  });
  if (!created.ok) throw new Error(`bench office setup failed: ${created.error.code}`);
  return { store, session: created.value.session, dispose: () => store.db.delete() };
}

function asRows(people: readonly Person[]): RecordRow[] {
  return people.map((p) => ({ ...p, syncState: 'synced' }) as RecordRow);
}

/**
 * P1, encrypted: one chunk of people in one transaction, sealed by the middleware (AES-GCM per
 * record, inside the transaction). Resolves when the chunk has committed. No outbox ops: this is
 * an initial load (from the registry), as P12 feeds it.
 */
export function encryptedBulkPut(office: BenchOffice): (chunk: readonly Person[]) => Promise<void> {
  return async (chunk) => {
    await office.store.db.records.bulkPut(asRows(chunk));
  };
}

/**
 * P1, encrypted and pipelined: the whole import through {@link bulkPutSealed}, which seals the
 * next chunk while the previous one commits. Time the call; it resolves after the last commit.
 */
export function encryptedPipelinedImport(
  office: BenchOffice,
): (people: readonly Person[], chunkSize: number) => Promise<void> {
  return (people, chunkSize) => bulkPutSealed(office.store, asRows(people), chunkSize);
}

/** P1 baseline: the same database schema and indexes, no encryption middleware. */
export async function openPlainBaseline(name: string): Promise<{
  put(chunk: readonly Person[]): Promise<void>;
  count(): Promise<number>;
  dispose(): Promise<void>;
}> {
  const db = new OfficeDb(name);
  await db.open();
  return {
    put: async (chunk) => {
      await db.records.bulkPut(asRows(chunk));
    },
    count: () => db.transaction('r', db.records, () => db.records.count()),
    dispose: () => db.delete(),
  };
}

/** P3: one save from the form (validate, seal, record + op + audit in one transaction), in ms. */
export async function timeSave(office: BenchOffice, person: Person): Promise<number> {
  const people = repositoryFor('person');
  const {
    id: _id,
    type: _type,
    officeId: _o,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    ...content
  } = person;
  const start = performance.now();
  const result = await people.create(office.session, content as RecordContent<typeof Person>);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`bench save failed: ${result.error.code}`);
  return ms;
}

/**
 * P4: milliseconds to derive one passphrase KEK with `params` (the default: Argon2id, in its
 * worker where there is one; `useWorker: false` derives on the calling thread).
 */
export async function timeKeyDerivation(
  params: KdfParams = defaultPassphraseKdf(),
  options: { useWorker?: boolean } = {},
): Promise<number> {
  const start = performance.now();
  await deriveKek('correct horse battery staple lantern', params, options);
  return performance.now() - start;
}

/** P4's alternative: PBKDF2-SHA256 at OWASP's 600,000 iterations, for comparison. */
export const pbkdf2Owasp = (): KdfParams => ({
  alg: 'pbkdf2-sha256',
  iterations: 600_000,
  salt: randomBytes(16),
});
