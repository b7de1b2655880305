import { existsSync } from 'node:fs';

/**
 * How every tool here (Playwright e2e, the at-rest test, the bench) launches Chromium: the Debian
 * package unless CHROMIUM_PATH says otherwise, Playwright's own browser when neither exists.
 * The flags keep Chromium off the network, which these machines do not have.
 */
export function chromiumExecutablePath(): string | undefined {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(systemChromium) ? systemChromium : undefined;
}

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
