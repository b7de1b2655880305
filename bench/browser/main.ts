import { runInWorker } from './lib/run-in-worker';
import { pageWorkloadIds, runPageWorkload } from './page-registry';

window.__bench = {
  ready: true,
  ids: pageWorkloadIds,
  run: runPageWorkload,
  runInWorker,
};
