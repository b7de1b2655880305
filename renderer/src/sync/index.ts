/** The app's sync engine (DESIGN.md section 3): enrollment, push/pull, conflicts, scheduling. */
export type { SyncFailureCode } from './sync-failure';
export { SyncFailure, syncFailureCodes } from './sync-failure';
export type { SyncTransport, RegistryEndpoint, RegistryOffice } from './transport/sync-transport';
export { fetchTransport } from './transport/fetch-transport';
export type { RegistryLink, RegistryLinkView } from './link/registry-link';
export { enrollDesk, disconnectDesk } from './link/enroll-desk';
export type { EnrollInput } from './link/enroll-desk';
export { listConflicts } from './conflicts/list-conflicts';
export type { ListedConflict } from './conflicts/list-conflicts';
export { resolveConflict } from './conflicts/resolve-conflict';
export type { ConflictChoice } from './conflicts/resolve-conflict';
export { runSync } from './engine/run-sync';
export type { SyncRunSummary } from './engine/run-sync';
export type { SyncProgress } from './engine/sync-context';
