import type { Session } from '../../store/session';
import { fetchTransport } from '../transport/fetch-transport';
import { SyncController } from './sync-controller';

let current: SyncController | null = null;

/** The sync controller of the working session (a new one per unlock). */
export function syncControllerFor(session: Session): SyncController {
  if (current?.session !== session) {
    current?.cancel();
    current = new SyncController(session, fetchTransport());
  }
  return current;
}
