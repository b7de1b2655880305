import { ANCHORS } from '../lib/targets';
import { defineWorkload, row } from '../lib/bench-types';
import { generatePeopleChunks } from '../lib/generate-people';
import { measurePeople } from '../lib/measure-people';
import { median, perSecond } from '../lib/stats';

/** Throughput of the seeded generator in Node, and what its records look like. */
export default defineWorkload({
  id: 'generate',
  title: 'Seeded person generator (Node): throughput, JSON size, script mix',
  where: 'node',
  async run({ options, log }) {
    const { n, seed, reps } = options;
    const times: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const start = performance.now();
      for (const chunk of generatePeopleChunks(n, seed)) void chunk;
      times.push(performance.now() - start);
      log(`generate rep ${rep + 1}/${reps}: ${Math.round(times[rep] as number)} ms`);
    }
    const sample = measurePeople([...generatePeopleChunks(Math.min(n, 20_000), seed)].flat());
    const kb = sample.meanJsonBytes / 1024;
    return [
      row({
        id: 'generate',
        metric: 'records generated',
        value: perSecond(n, median(times)),
        unit: 'rec/s',
      }),
      row({
        id: 'generate',
        metric: 'JSON size per record, mean',
        value: sample.meanJsonBytes,
        unit: 'B',
        target: ANCHORS.recordSize,
        note: `mean ${kb.toFixed(2)} KiB over ${sample.count} records`,
      }),
      row({
        id: 'generate',
        metric: 'JSON size per record, p95',
        value: sample.p95JsonBytes,
        unit: 'B',
      }),
      row({
        id: 'generate',
        metric: 'records with an Arabic-script name',
        value: sample.arabicShare * 100,
        unit: '%',
      }),
      row({
        id: 'generate',
        metric: 'records with an Ethiopic-script name',
        value: sample.ethiopicShare * 100,
        unit: '%',
      }),
    ];
  },
});
