import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../../scripts/chromium-launch-options';
import type { BenchPage } from './bench-types';
import { serveStatic } from './serve-static';
import type { StaticServer } from './serve-static';

export interface BrowserSession extends BenchPage {
  close(): Promise<void>;
}

/** Builds bench/browser with Vite into a temp dir. */
async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}

/**
 * Builds and serves the bench page, then opens it in headless Chromium (the Debian package unless
 * CHROMIUM_PATH says otherwise; Playwright's own browser as a fallback). A persistent profile in a
 * temp dir, because an incognito context would keep IndexedDB in memory.
 */
export async function openBrowserSession(log: (line: string) => void): Promise<BrowserSession> {
  const work = await mkdtemp(join(tmpdir(), 'dd-bench-'));
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    await server?.close();
    await rm(work, { recursive: true, force: true });
  };
  try {
    log('building the bench page');
    await buildPage(join(work, 'page'));
    server = await serveStatic(join(work, 'page'));
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: chromiumExecutablePath(),
      headless: true,
      args: [...chromiumArgs],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        log(`page ${msg.type()}: ${msg.text()}`);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__bench?.ready === true);
    // navigator.userAgent is reduced to 156.0.0.0; the DevTools protocol has the full version.
    const cdp = await context.newCDPSession(page);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    const chromiumVersion = product.replace(/^(Headless)?Chrome\//, '');
    await cdp.detach();
    log(`Chromium ${chromiumVersion} ready`);
    return {
      chromiumVersion,
      run: <T>(id: string, params: Record<string, unknown>) =>
        page.evaluate(([i, p]) => window.__bench!.run(i, p), [id, params] as const) as Promise<T>,
      runInWorker: <T>(id: string, params: Record<string, unknown>) =>
        page.evaluate(([i, p]) => window.__bench!.runInWorker(i, p), [
          id,
          params,
        ] as const) as Promise<T>,
      cdp: () => context!.newCDPSession(page),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
