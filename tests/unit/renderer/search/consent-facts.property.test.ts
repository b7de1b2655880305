import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentPurposes } from '../../../../shared/domain/consent';
import {
  ConsentFacts,
  type ConsentSource,
} from '../../../../renderer/src/search/index/consent-facts';

type Fact = { personId: string; purpose: number; active: boolean };

const consentArb = fc.record({
  id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
  personId: fc.constantFrom('p1', 'p2', 'p3'),
  purpose: fc.constantFrom(...consentPurposes),
  withdrawn: fc.boolean(),
});

const stepArb = fc.oneof(
  consentArb.map((c) => ({ kind: 'put' as const, ...c })),
  consentArb.map((c) => ({ kind: 'restore' as const, ...c })),
  fc
    .constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c9')
    .map((id) => ({ kind: 'remove' as const, id })),
);

/** What each person consents to, from every fact as a plain list (the obvious way). */
function maskFrom(model: Map<string, Fact>, personId: string): number {
  let mask = 0;
  for (const fact of model.values()) {
    if (fact.personId === personId && fact.active) mask |= 1 << fact.purpose;
  }
  return mask;
}

describe('consent facts', () => {
  it('give every person the mask of their active consents, after any puts, restores and removals', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const facts = new ConsentFacts();
        const model = new Map<string, Fact>();
        for (const step of steps) {
          if (step.kind === 'remove') {
            expect(facts.remove(step.id)).toBe(model.get(step.id)?.personId);
            model.delete(step.id);
            continue;
          }
          const purpose = consentPurposes.indexOf(step.purpose);
          const fact = { personId: step.personId, purpose, active: !step.withdrawn };
          if (step.kind === 'restore')
            facts.restore([step.id, step.personId, 1 << purpose, !step.withdrawn]);
          else {
            const source: ConsentSource = {
              id: step.id,
              type: 'consent',
              personId: step.personId,
              purpose: step.purpose,
              ...(step.withdrawn ? { withdrawnAt: '2025-01-01T00:00:00.000Z' } : {}),
            };
            expect(facts.put(source)).toBe(step.personId);
          }
          model.set(step.id, fact);
        }
        for (const personId of ['p1', 'p2', 'p3', 'p4'])
          expect(facts.maskOf(personId)).toBe(maskFrom(model, personId));
        expect([...facts.ids()].sort()).toEqual([...model.keys()].sort());
        for (const [id, fact] of model)
          expect(facts.entry(id)).toEqual([id, fact.personId, 1 << fact.purpose, fact.active]);
        expect(facts.entry('c9')).toBeUndefined();
      }),
    );
  });
});
