import { OfficeScope } from '../offices/office-scope';

export type ParseScopeResult = { ok: true; scope: OfficeScope } | { ok: false };

/** `national`, `residence:FR,IT` or `regions:NE-8,NE-1` (codes upper-cased, repeats dropped). */
export function parseScopeArg(text: string): ParseScopeResult {
  const [kind, list, ...rest] = text.trim().split(':');
  if (rest.length > 0) return { ok: false };
  const codes = [
    ...new Set(
      (list ?? '')
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  const candidate =
    kind === 'national' && list === undefined
      ? { kind }
      : kind === 'residence'
        ? { kind, countries: codes }
        : kind === 'regions'
          ? { kind, regions: codes }
          : null;
  const parsed = OfficeScope.safeParse(candidate);
  return parsed.success ? { ok: true, scope: parsed.data } : { ok: false };
}
