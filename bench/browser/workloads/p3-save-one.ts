import { openBenchOffice, timeSave } from '../../../renderer/src/store/bench-hooks';
import { definePageWorkload } from '../bench-api';
import { peopleFor } from '../lib/people-cache';

export interface SaveParams {
  samples: number;
  warmUp: number;
  seed: number;
}

let runs = 0;

/**
 * P3: saves one person at a time as the form does (validate, seal, record + op + audit in one
 * transaction), in the page's main thread, each awaited to commit. Returns every duration in ms.
 */
export default definePageWorkload<SaveParams, number[]>({
  id: 'p3-save-one',
  async run({ samples, warmUp, seed }) {
    const people = peopleFor(samples + warmUp, seed);
    const office = await openBenchOffice(`bench-p3-${++runs}`);
    try {
      for (let i = 0; i < warmUp; i++) await timeSave(office, people[i]!);
      const times: number[] = [];
      for (let i = warmUp; i < warmUp + samples; i++) times.push(await timeSave(office, people[i]!));
      return times;
    } finally {
      await office.dispose();
    }
  },
});
