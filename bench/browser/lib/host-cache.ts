import { openSearchHost, type SearchHost } from './search-host';
import { searchOffice } from './search-office';

let current: { key: string; host: Promise<SearchHost> } | undefined;

/**
 * One search worker with its index ready over the office of `n` people, kept between the rows
 * that query it (P6, P7, P16) so the 200,000-member index is built once for them.
 */
export function searchHostFor(n: number, seed: number): Promise<SearchHost> {
  const key = `${n}:${seed}`;
  if (current?.key === key) return current.host;
  closeSearchHost();
  const host = searchOffice(n, seed).then(openSearchHost);
  current = { key, host };
  host.catch(() => {
    if (current?.host === host) current = undefined;
  });
  return host;
}

/** Ends the kept search worker (its decrypted members go with it). */
export function closeSearchHost(): void {
  const host = current?.host;
  current = undefined;
  void host?.then((h) => h.dispose()).catch(() => undefined);
}
