/** The conflicts inbox, mounted by the Sync screen at #/sync/conflicts, and its count badge. */
export { ConflictsInbox } from './ConflictsInbox';
export { ConflictsBadge } from './ConflictsBadge';
