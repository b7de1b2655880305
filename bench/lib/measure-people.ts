import type { Person } from '../../shared/domain';
import { percentile } from './stats';

export interface PeopleMeasures {
  count: number;
  /** UTF-8 bytes of JSON.stringify(person). */
  meanJsonBytes: number;
  p95JsonBytes: number;
  arabicShare: number;
  ethiopicShare: number;
}

const encoder = new TextEncoder();

/** Size and script mix of a batch of generated people. */
export function measurePeople(people: readonly Person[]): PeopleMeasures {
  const sizes = people.map((p) => encoder.encode(JSON.stringify(p)).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const share = (has: (p: Person) => boolean) => people.filter(has).length / people.length;
  return {
    count: people.length,
    meanJsonBytes: total / people.length,
    p95JsonBytes: percentile(sizes, 95),
    arabicShare: share((p) => p.names.arabic !== undefined),
    ethiopicShare: share((p) => p.names.ethiopic !== undefined),
  };
}
