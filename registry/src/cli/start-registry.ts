import type { RegistryConfig } from '../config/registry-config';
import type { Db } from '../db/db';
import { buildApp } from '../http/build-app';
import { adminSocketPath } from './admin-socket-path';
import { serveAdminSocket, type AdminLog } from './serve-admin-socket';

export type StartResult =
  | { ok: true; address: string; adminSocket: string | null; stop: () => Promise<void> }
  | { ok: false; message: string };

/** With PGlite, admin commands must run in this process: open the admin socket (not fatal). */
async function openAdminSocket(config: RegistryConfig, db: Db, log: AdminLog) {
  if (db.kind !== 'pglite') return null;
  const path = adminSocketPath(config.dataDir);
  try {
    return { path, close: await serveAdminSocket(path, db, log) };
  } catch (error) {
    log.warn({ err: error }, 'admin socket unavailable: stop the registry to run admin commands');
    return null;
  }
}

/** Serves HTTP on the configured host and port with an open, migrated database. */
export async function startRegistry(config: RegistryConfig, db: Db): Promise<StartResult> {
  const app = await buildApp({ db, clock: () => new Date(), logger: { level: config.logLevel } });
  let address: string;
  try {
    address = await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    const code = (error as { code?: unknown }).code;
    return {
      ok: false,
      message:
        code === 'EADDRINUSE'
          ? `Port ${config.port} on ${config.host} is taken: stop what uses it or set PORT to another port.`
          : `Cannot listen on ${config.host}:${config.port} (${String(code ?? (error as Error).name)}).`,
    };
  }
  const admin = await openAdminSocket(config, db, app.log);
  const stop = async () => {
    await admin?.close();
    await app.close();
  };
  return { ok: true, address, adminSocket: admin?.path ?? null, stop };
}
