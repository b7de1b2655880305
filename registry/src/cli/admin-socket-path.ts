import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Unix socket paths are limited to about 104 bytes. */
const MAX_SOCKET_PATH = 100;

/**
 * Where a registry on embedded PGlite answers admin commands: a socket inside its data folder, so
 * whoever may read the database may administer it, and nobody else (the file is 0600). A named
 * pipe on Windows; a short path in the temp folder when the data folder's path is too long.
 */
export function adminSocketPath(dataDir: string): string {
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  if (process.platform === 'win32') return `\\\\.\\pipe\\diaspora-registry-${id}`;
  const inside = join(dataDir, 'admin.sock');
  return inside.length <= MAX_SOCKET_PATH ? inside : join(tmpdir(), `diaspora-registry-${id}.sock`);
}
