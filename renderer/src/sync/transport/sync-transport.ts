import { z } from 'zod';
import { officeTypes } from '../../../../shared/domain/office';
import { Scope } from '../../../../shared/sync/scope/scope';
import type { PullResponse } from '../../../../shared/sync/protocol/pull-response';
import type { PushRequest } from '../../../../shared/sync/protocol/push-request';
import type { PushResponse } from '../../../../shared/sync/protocol/push-response';

/** The registry's office as enrollment answers it: who this desk syncs as, and its scope. */
export const RegistryOffice = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  country: z.string().min(2).max(3),
  officeType: z.enum(officeTypes),
  scope: Scope,
});
export type RegistryOffice = z.output<typeof RegistryOffice>;

export const EnrollAnswer = z.object({
  deviceId: z.uuid(),
  credential: z.string().min(16).max(512),
  office: RegistryOffice,
});
export type EnrollAnswer = z.output<typeof EnrollAnswer>;

/** Where and as whom to call the registry. */
export interface RegistryEndpoint {
  readonly url: string;
  readonly credential: string;
}

/**
 * The registry's HTTP API as the engine needs it. Every method answers parsed, validated data or
 * throws a SyncFailure (never a raw network error). One implementation uses fetch (web bridge);
 * Electron's main-process transport can implement the same interface behind IPC.
 */
export interface SyncTransport {
  enroll(
    url: string,
    code: string,
    deviceName: string,
    signal?: AbortSignal,
  ): Promise<EnrollAnswer>;
  push(to: RegistryEndpoint, request: PushRequest, signal?: AbortSignal): Promise<PushResponse>;
  /** `epoch`: the registry log's epoch the cursor came with (none before the first page). */
  pull(
    to: RegistryEndpoint,
    cursor: number,
    limit: number,
    signal?: AbortSignal,
    epoch?: string | null,
  ): Promise<PullResponse>;
}
