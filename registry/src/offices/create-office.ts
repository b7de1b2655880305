import { v7 as uuidv7 } from 'uuid';
import { hasCode } from '../../../shared/codelists/find-code';
import type { OfficeType } from '../../../shared/domain/office';
import type { Queryable } from '../db/db';
import type { OfficeScope } from './office-scope';
import {
  OFFICE_COLUMNS,
  toOfficeSummary,
  type OfficeRow,
  type OfficeSummary,
} from './office-summary';

export interface NewOffice {
  readonly name: string;
  readonly country: string;
  readonly officeType: OfficeType;
  readonly scope: OfficeScope;
}

export type CreateOfficeError =
  { code: 'unknown-country'; country: string } | { code: 'unknown-region'; region: string };

export type CreateOfficeResult =
  { ok: true; office: OfficeSummary } | { ok: false; error: CreateOfficeError };

/** The first code of the office that no ISO list knows (a typo would match no record). */
function unknownCode(office: NewOffice): CreateOfficeError | null {
  const countries = [
    office.country,
    ...(office.scope.kind === 'residence' ? office.scope.countries : []),
  ];
  const country = countries.find((code) => !hasCode('iso-3166-1', code));
  if (country !== undefined) return { code: 'unknown-country', country };
  const regions = office.scope.kind === 'regions' ? office.scope.regions : [];
  const region = regions.find((code) => !hasCode('iso-3166-2', code));
  return region === undefined ? null : { code: 'unknown-region', region };
}

export async function createOffice(db: Queryable, office: NewOffice): Promise<CreateOfficeResult> {
  const unknown = unknownCode(office);
  if (unknown) return { ok: false, error: unknown };
  const result = await db.query<OfficeRow>(
    `INSERT INTO offices (id, name, country, office_type, scope)
     VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING ${OFFICE_COLUMNS}`,
    [uuidv7(), office.name, office.country, office.officeType, JSON.stringify(office.scope)],
  );
  const row = result.rows[0];
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return { ok: true, office: toOfficeSummary(row) };
}
