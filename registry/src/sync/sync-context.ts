import type { OfficeScope } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import type { AuthenticatedDevice } from '../devices/authenticate-device';
import type { RegistryClock } from './registry-clock';

/** What settling a device's ops needs: storage, time, the registry's HLC, who is pushing. */
export interface SyncContext {
  readonly db: Db;
  readonly now: () => Date;
  readonly clock: RegistryClock;
  readonly device: AuthenticatedDevice;
  /** The device's office and what it may see (pushes are held to it too). */
  readonly office: OfficeScope;
}
