import type { OfficeType } from '../../../shared/domain/office';
import { OfficeScope } from './office-scope';

/** An office as the registry tells it to an enrolled device and to the admin. */
export interface OfficeSummary {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly officeType: OfficeType;
  readonly scope: OfficeScope;
}

export interface OfficeRow {
  id: string;
  name: string;
  country: string;
  office_type: OfficeType;
  scope: unknown;
}

export const OFFICE_COLUMNS = 'id, name, country, office_type, scope';

export function toOfficeSummary(row: OfficeRow): OfficeSummary {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    officeType: row.office_type,
    scope: OfficeScope.parse(row.scope),
  };
}
