import { openBrowserSession } from './lib/browser-session';
const s = await openBrowserSession((l) => console.error(l));
try {
  const withTimeout = <T,>(p: Promise<T>) => Promise.race([p, new Promise<T>((_, r) => setTimeout(() => r(new Error('timeout')), 60000))]);
  console.log(await s.run('search-office', { n: 1000, seed: 1 }));
  console.log(await withTimeout(s.run('p5-unlock-to-list', { n: 1000, seed: 1, variant: 'index' })));
} catch (e) { console.error('ERR', e); } finally { await s.close(); }
