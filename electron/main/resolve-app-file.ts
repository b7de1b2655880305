import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** True when `candidate` is `root` itself or lies inside it. */
function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The decoded path of an app URL, or null when the URL is not ours or the path is suspicious. */
function decodedAppPath(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..')) return null;
  return path;
}

async function fileKind(path: string): Promise<'file' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Maps an `app://desk/...` URL to a file under `root`, or null. Refuses other hosts, encoded
 * traversal, NUL bytes, backslashes and symlinks leading out of `root`. A path without an
 * extension that is no file (a client-side route) gets index.html.
 */
export async function resolveAppFile(root: string, rawUrl: string): Promise<string | null> {
  const path = decodedAppPath(rawUrl);
  if (path === null) return null;
  const base = resolve(root);
  const candidate = resolve(base, `.${sep}${path.replace(/^\/+/, '')}`);
  if (!isInside(base, candidate)) return null;
  const kind = await fileKind(candidate);
  if (kind !== 'file') return extname(candidate) ? null : join(base, 'index.html');
  const [realBase, realCandidate] = await Promise.all([realpath(base), realpath(candidate)]);
  return isInside(realBase, realCandidate) ? candidate : null;
}
