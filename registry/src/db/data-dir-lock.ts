import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it,
 * and PGlite does not stop it. The lock is a file beside the data holding the owner's pid; a lock
 * left by a process that no longer runs is taken over.
 */
export type DataDirLockResult =
  | { ok: true; release: () => void }
  | { ok: false; error: { code: 'data-dir-in-use'; pid: number; lockFile: string } };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export function acquireDataDirLock(lockFile: string): DataDirLockResult {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(lockFile)) {
      return { ok: true, release: () => rmSync(lockFile, { force: true }) };
    }
    const owner = readOwner(lockFile);
    if (owner !== null && isRunning(owner)) {
      return { ok: false, error: { code: 'data-dir-in-use', pid: owner, lockFile } };
    }
    rmSync(lockFile, { force: true });
  }
  return { ok: false, error: { code: 'data-dir-in-use', pid: readOwner(lockFile) ?? 0, lockFile } };
}
