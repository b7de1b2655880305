import type { Session } from '../../store/session';
import type { RegistryLink } from '../link/registry-link';
import type { RegistryEndpoint, SyncTransport } from '../transport/sync-transport';

/** What one sync run works with. */
export interface SyncContext {
  readonly session: Session;
  readonly link: RegistryLink;
  readonly transport: SyncTransport;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  readonly phase: 'push' | 'pull';
  readonly pushed: number;
  readonly toPush: number;
  readonly pulled: number;
}

export function endpointOf(link: RegistryLink): RegistryEndpoint {
  return { url: link.url, credential: link.credential };
}
