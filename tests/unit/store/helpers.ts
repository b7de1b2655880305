import 'fake-indexeddb/auto';
import { randomBytes } from '../../../renderer/src/crypto/bytes';
import type { PassphraseKdfParams } from '../../../renderer/src/crypto/kdf-params';
import { createOffice } from '../../../renderer/src/store/accounts/create-office';
import type { Clock } from '../../../renderer/src/store/clock';
import { openOfficeStore } from '../../../renderer/src/store/open-office-store';
import type { OfficeStore, Session } from '../../../renderer/src/store/session';
import type { RecordContent } from '../../../renderer/src/store/records/record-config';
import type { Consent, ConsentPurpose } from '../../../shared/domain/consent';
import type { Person } from '../../../shared/domain/person';

type PersonContent = RecordContent<typeof Person>;
type ConsentContent = RecordContent<typeof Consent>;

let counter = 0;

/** A fresh database name per test: fake-indexeddb is one global per test file. */
export function dbName(label = 'office'): string {
  counter += 1;
  return `${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Cheap KDF so tests stay fast; the real parameters are tested in crypto/derive-kek. */
export const cheapKdf = (): PassphraseKdfParams => ({
  alg: 'pbkdf2-sha256',
  iterations: 1_000,
  salt: randomBytes(16),
});

export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function fakeClock(start = Date.parse('2025-03-01T09:00:00.000Z')): FakeClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => (t += ms),
    set: (ms) => (t = ms),
  };
}

export const ADMIN = { username: 'amina.admin', passphrase: 'river stone window lantern' };

export async function openTestStore(name = dbName(), clock: Clock = fakeClock()) {
  return openOfficeStore(name, { clock, passphraseKdf: cheapKdf });
}

export async function setUpOffice(
  store?: OfficeStore,
): Promise<{ store: OfficeStore; session: Session; recoveryKey: string }> {
  const s = store ?? (await openTestStore());
  const created = await createOffice(s, {
    office: {
      name: 'Bureau de la diaspora, Niamey',
      country: { list: 'iso-3166-1', version: '2024', code: 'NE' },
      officeType: 'reception-referral',
    },
    admin: { ...ADMIN, displayName: 'Amina Admin' },
  });
  if (!created.ok) throw new Error(`setup failed: ${created.error.code}`);
  return { store: s, session: created.value.session, recoveryKey: created.value.recoveryKey };
}

/** A person with a distinctive name, phone, e-mail, document and a high-risk note. */
export function samplePerson(family = 'Zarafshani'): PersonContent {
  const content: PersonContent = {
    names: { latin: { given: 'Aminata', family } },
    sex: 'female',
    phones: [{ number: '+22790123456', kind: 'mobile' }],
    email: 'aminata@example.org',
    documents: [
      {
        type: 'passport',
        number: 'NE123456',
        issuingCountry: { list: 'iso-3166-1', version: '2024', code: 'NE' },
      },
    ],
    notes: 'Family in Agadez, sensitive',
  };
  return content;
}

/** A consent given on paper in French on 1 March 2025 by `personId`, recorded by the session's staff. */
export function sampleConsent(
  session: Session,
  personId: string,
  purpose: ConsentPurpose = 'registration',
): ConsentContent {
  return {
    personId,
    purpose,
    noticeVersion: '2025-01',
    noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
    method: 'paper-signed',
    givenAt: '2025-03-01T09:00:00.000Z',
    recordedBy: session.staffId,
  };
}

/** The raw rows of a table, read around the encryption middleware with plain IndexedDB. */
export async function rawRows(name: string, table: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Every byte and string of a stored value, as latin1 text, to search for leaked plaintext. */
export function storedText(value: unknown): string {
  if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value);
  if (ArrayBuffer.isView(value)) return new TextDecoder('latin1').decode(value);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}:${storedText(v)}`)
      .join('|');
  }
  return String(value);
}
