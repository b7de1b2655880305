import type { Db } from '../../../../registry/src/db/db';
import { createOffice } from '../../../../registry/src/offices/create-office';
import type { OfficeScope } from '../../../../registry/src/offices/office-scope';
import type { OfficeSummary } from '../../../../registry/src/offices/office-summary';
import { issueEnrollCode } from '../../../../registry/src/offices/issue-enroll-code';
import { jsonHeaders } from './start-test-registry';

export async function makeOffice(
  db: Db,
  scope: OfficeScope = { kind: 'residence', countries: ['FR', 'IT'] },
): Promise<OfficeSummary> {
  const created = await createOffice(db, {
    name: 'Paris consular desk',
    country: 'FR',
    officeType: 'consular-desk',
    scope,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.office;
}

export async function makeCode(db: Db, officeId: string, hours = 72, now = new Date()) {
  const issued = await issueEnrollCode(db, { officeId, hours, now });
  if (!issued.ok) throw new Error(issued.error.code);
  return issued.code;
}

export interface Enrolled {
  readonly deviceId: string;
  readonly credential: string;
  readonly office: OfficeSummary;
}

/** Enrolls a device over HTTP and returns what the registry answered. */
export async function enrollOverHttp(url: string, code: string): Promise<Enrolled> {
  const response = await fetch(`${url}/v1/enroll`, {
    method: 'POST',
    headers: jsonHeaders(),
    body: JSON.stringify({ code, deviceName: 'Front desk PC 1' }),
  });
  if (response.status !== 201) throw new Error(`enroll answered ${response.status}`);
  return (await response.json()) as Enrolled;
}
