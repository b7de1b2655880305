import type { PersonInput } from '../../../shared/domain/person';
import type { Person } from '../../../shared/domain';
import { generatePerson } from '../../lib/generate-people';
import { definePageWorkload } from '../bench-api';
import { searchHostFor } from '../lib/host-cache';

export interface DuplicateParams {
  n: number;
  seed: number;
  samples: number;
}

/** `same-person`: a stored member registered again; `same-name`: again, without contacts. */
export type ProbeKind = 'same-person' | 'same-name' | 'new';

export interface DuplicateProbe {
  kind: ProbeKind;
  roundTripMs: number;
  workerMs: number;
  candidates: number;
  /** For the planted duplicates: whether the stored member is among the candidates. */
  found: boolean;
}

function asInput(person: Person): Partial<PersonInput> {
  const {
    id: _id,
    type: _t,
    officeId: _o,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    ...rest
  } = person;
  return rest as Partial<PersonInput>;
}

/** Registration `k` of the probes: a quarter re-register a member, a quarter by name only. */
function probe(n: number, seed: number, k: number): { kind: ProbeKind; person: Person } {
  const stored = generatePerson(seed, (k * 7919) % n);
  switch (k % 4) {
    case 0:
      return { kind: 'same-person', person: stored };
    case 1: {
      const { phones: _p, email: _e, documents: _d, ...byName } = stored;
      return { kind: 'same-name', person: { ...byName, phones: [], documents: [] } as Person };
    }
    default:
      // Beyond the stored range: a new member (who may share a common name with others).
      return { kind: 'new', person: generatePerson(seed, n + k) };
  }
}

/**
 * P16: possible duplicates of one new registration, asked of the app's search worker over the
 * office of `n` people as the form asks while registering. Probes are generated before timing.
 */
export default definePageWorkload<DuplicateParams, DuplicateProbe[]>({
  id: 'p16-duplicate-candidates',
  async run({ n, seed, samples }) {
    const host = await searchHostFor(n, seed);
    const probes = Array.from({ length: samples }, (_, k) => {
      const { kind, person } = probe(n, seed, k);
      return { kind, storedId: generatePerson(seed, (k * 7919) % n).id, input: asInput(person) };
    });
    const out: DuplicateProbe[] = [];
    for (const { kind, storedId, input } of probes) {
      const timed = await host.timed(() => host.client.findDuplicates(input));
      out.push({
        kind,
        roundTripMs: timed.roundTripMs,
        workerMs: timed.workerMs,
        candidates: timed.value.length,
        found: timed.value.some((c) => c.id === storedId),
      });
    }
    return out;
  },
});
