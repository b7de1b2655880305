import type { ChromeTransactionDurability } from 'dexie';
import {
  openBenchOffice,
  openPlainBaseline,
  timeSave,
} from '../../../renderer/src/store/bench-hooks';
import type { Person } from '../../../shared/domain';
import { definePageWorkload } from '../bench-api';
import { peopleFor } from '../lib/people-cache';

export interface SaveParams {
  samples: number;
  warmUp: number;
  seed: number;
  /** `plain`: a bare put of the record in clear into the same schema (the baseline). */
  variant: 'store' | 'plain';
  /** Omitted: the browser's default, as the app opens its store. */
  durability?: ChromeTransactionDurability;
}

let runs = 0;

async function saver(variant: SaveParams['variant'], durability?: ChromeTransactionDurability) {
  const name = `bench-p3-${variant}-${++runs}`;
  if (variant === 'store') {
    const office = await openBenchOffice(name, { durability });
    return { save: (person: Person) => timeSave(office, person), dispose: office.dispose };
  }
  const plain = await openPlainBaseline(name);
  const save = async (person: Person) => {
    const start = performance.now();
    await plain.put([person]);
    return performance.now() - start;
  };
  return { save, dispose: plain.dispose };
}

/**
 * P3: saves one person at a time as the form does (validate, seal, record + op + audit in one
 * transaction), in the page's main thread, each awaited to commit. Returns every duration in ms.
 */
export default definePageWorkload<SaveParams, number[]>({
  id: 'p3-save-one',
  async run({ samples, warmUp, seed, variant, durability }) {
    const people = peopleFor(samples + warmUp, seed);
    const { save, dispose } = await saver(variant, durability);
    try {
      for (let i = 0; i < warmUp; i++) await save(people[i]!);
      const times: number[] = [];
      for (let i = warmUp; i < warmUp + samples; i++) times.push(await save(people[i]!));
      return times;
    } finally {
      await dispose();
    }
  },
});
