import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The registry package's version (registry/package.json), read once. */
export function registryVersion(): string {
  if (cached === undefined) {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
    cached = typeof version === 'string' ? version : '0.0.0';
  }
  return cached;
}
