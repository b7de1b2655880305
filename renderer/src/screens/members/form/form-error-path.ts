/** Where an issue on a whole object or list row is shown: the row's first input. */
const leafFor: readonly (readonly [RegExp, string])[] = [
  [/^names\.\w+$/, '.given'],
  [/^citizenships\.\d+$/, '.country'],
  [/^documents\.\d+$/, '.number'],
  [/^phones\.\d+$/, '.number'],
  [/^skills\.\d+$/, '.value'],
  [/^languages\.\d+$/, '.language'],
  [/^associationMemberships\.\d+$/, '.name'],
  [/^emergencyContact$/, '.phone.number'],
  [/^emergencyContact\.phone$/, '.number'],
  [/^hometownAssociation$/, '.name'],
  [/^(residence|placeOfBirth|addressAbroad|addressHome)$/, '.country'],
  [/^origin$/, '.region'],
  [/^dateOfBirth$/, '.year'],
  [/^availability\.periods\.\d+$/, '.fromMonth'],
  [/^investmentInterests\.\d+$/, '.type'],
  [/^education\.\d+$/, '.level'],
  [/^work\.\d+$/, '.occupation'],
];

/** Rows the mapping kept, by list path: content index → form row index. */
export type RowOrigins = Readonly<Record<string, readonly number[]>>;

/**
 * The form field an issue of the Person schema belongs to: list indexes put back to the form's
 * rows (blank rows were dropped before validation), address lines to their inputs, and issues
 * on a whole object moved to its first input so that it can be focused.
 */
export function formErrorPath(issuePath: readonly PropertyKey[], origins: RowOrigins): string {
  const parts: string[] = [];
  for (const key of issuePath) {
    const prefix = parts.join('.');
    const rows = origins[prefix];
    if (typeof key === 'number' && rows !== undefined) parts.push(String(rows[key] ?? key));
    else parts.push(String(key));
  }
  let path = parts
    .join('.')
    .replace(
      /^(address\w+)\.lines\.(\d+)$/,
      (_, field: string, line: string) => `${field}.${line === '0' ? 'line1' : 'line2'}`,
    );
  path = path.replace(/^(address\w+)\.lines$/, '$1.line1');
  const leaf = leafFor.find(([pattern]) => pattern.test(path));
  return leaf === undefined ? path : path + leaf[1];
}
