import { describe, expect, it } from 'vitest';
import { inScope } from '../../../../shared/sync/scope/in-scope';
import type { OfficeScope, ScopeFacts } from '../../../../shared/sync/scope/scope';
import { Scope } from '../../../../shared/sync/scope/scope';
import { scopeFactsOf } from '../../../../shared/sync/scope/scope-facts';
import { scopeTransition } from '../../../../shared/sync/scope/scope-transition';
import { OFFICE_A, OFFICE_B, country } from './helpers';

const region = (code: string) => ({ list: 'iso-3166-2', version: '2024', code });
const person = (data: Record<string, unknown>, officeId = OFFICE_A) =>
  scopeFactsOf({ recordType: 'person', officeId, data: data as never });

const paris: OfficeScope = { officeId: OFFICE_B, scope: { kind: 'residence', countries: ['FR'] } };
const dakar: OfficeScope = { officeId: OFFICE_B, scope: { kind: 'regions', regions: ['SN-DK'] } };
const hq: OfficeScope = { officeId: OFFICE_B, scope: { kind: 'national' } };

describe('inScope', () => {
  it('grants by country of residence, by linked region, or everything', () => {
    const inFrance = person({ residence: { country: country('FR') } });
    expect(inScope(paris, inFrance)).toBe(true);
    expect(inScope(paris, person({ residence: { country: country('CA') } }))).toBe(false);
    expect(inScope(dakar, person({ origin: { region: region('SN-DK') } }))).toBe(true);
    expect(
      inScope(
        dakar,
        person({ investmentInterests: [{ type: 'housing', targetRegion: region('SN-DK') }] }),
      ),
    ).toBe(true);
    expect(inScope(dakar, person({ origin: { region: region('SN-TH') } }))).toBe(false);
    expect(inScope(hq, person({}))).toBe(true);
  });

  it('matches national admin areas below a region, not look-alike codes', () => {
    expect(
      inScope(
        dakar,
        person({ origin: { region: region('SN-TH'), adminArea: { code: 'SN-DK-01' } } }),
      ),
    ).toBe(true);
    expect(inScope(dakar, person({ origin: { region: region('SN-DKX') } }))).toBe(false);
  });

  it('always includes the creating office', () => {
    const own = person({ residence: { country: country('CA') } }, OFFICE_B);
    expect(inScope(paris, own)).toBe(true);
  });

  it('follows the person for records about one, and keeps staff accounts to their office', () => {
    const facts = person({ residence: { country: country('FR') } });
    const consultation = scopeFactsOf(
      { recordType: 'consultation', officeId: OFFICE_A, data: {} },
      facts,
    );
    expect(inScope(paris, consultation)).toBe(true);
    const orphan = scopeFactsOf({ recordType: 'consultation', officeId: OFFICE_A, data: {} });
    expect(inScope(paris, orphan)).toBe(false);
    expect(
      inScope(paris, scopeFactsOf({ recordType: 'staff-user', officeId: OFFICE_A, data: {} })),
    ).toBe(false);
    expect(
      inScope(paris, scopeFactsOf({ recordType: 'organisation', officeId: OFFICE_A, data: {} })),
    ).toBe(true);
    expect(inScope(paris, null)).toBe(false);
  });

  it('validates scopes', () => {
    expect(Scope.safeParse({ kind: 'residence', countries: ['fr'] }).success).toBe(false);
    expect(Scope.safeParse({ kind: 'regions', regions: [] }).success).toBe(false);
  });
});

describe('scopeTransition', () => {
  const france = person({ residence: { country: country('FR') } });
  const canada = person({ residence: { country: country('CA') } });

  it('tells purge markers from new records (moved from France to Canada and back)', () => {
    const cases: [ScopeFacts | null, ScopeFacts | null, string][] = [
      [null, france, 'gain'],
      [france, canada, 'lose'],
      [canada, france, 'gain'],
      [france, france, 'stay-in'],
      [canada, canada, 'stay-out'],
      [null, canada, 'stay-out'],
    ];
    for (const [before, after, expected] of cases)
      expect(scopeTransition(before, after, paris)).toBe(expected);
  });

  it('never loses the record for the office that created it', () => {
    const own = { officeId: OFFICE_A, scope: paris.scope };
    expect(scopeTransition(france, canada, own)).toBe('stay-in');
  });
});
