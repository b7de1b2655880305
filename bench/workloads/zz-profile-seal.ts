import { defineWorkload, row } from '../lib/bench-types';
export default defineWorkload({
  id: 'zz-profile-seal',
  title: 'profile',
  where: 'browser',
  async run({ options, page }) {
    const p = await page();
    const rows = [];
    for (let i = 0; i < 3; i++) {
      const f = await p.runInWorker<Record<string, number>>('zz-profile-seal', { n: options.browserN, seed: options.seed });
      rows.push(...Object.entries(f).map(([k, v]) => row({ id: `zz${i}`, metric: k, value: v, unit: 'ms' })));
    }
    return rows;
  },
});
