import { describe, expect, it } from 'vitest';
import { defaultDataDir, readRegistryConfig } from './registry-config';

describe('readRegistryConfig', () => {
  it('needs no configuration: loopback, port 8787, PGlite in registry/data', () => {
    expect(readRegistryConfig({})).toEqual({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 8787,
        databaseUrl: undefined,
        dataDir: defaultDataDir,
        logLevel: 'info',
      },
    });
    expect(defaultDataDir).toMatch(/registry[\\/]data$/);
  });

  it('reads PORT, DATABASE_URL and a data folder relative to where npm was run', () => {
    const result = readRegistryConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://u:p@h/db',
      REGISTRY_DATA_DIR: 'var/registry',
      INIT_CWD: '/srv/app',
      LOG_LEVEL: 'warn',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { port: 9000, databaseUrl: 'postgres://u:p@h/db', dataDir: '/srv/app/var/registry' },
    });
  });

  it('treats empty variables as unset and names the wrong ones', () => {
    expect(readRegistryConfig({ PORT: '' })).toMatchObject({ ok: true, config: { port: 8787 } });
    expect(readRegistryConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toEqual({
      ok: false,
      error: { code: 'invalid-config', variables: ['PORT', 'DATABASE_URL'] },
    });
  });
});
