import { hasOffice, openOfficeStore, type OfficeStore } from '../store';

/** The office database of this computer (one office per installation). */
export const officeDatabaseName = 'diaspora-desk-office';

export interface DeskStore {
  readonly store: OfficeStore;
  /** False on first run: the setup screen comes first. */
  readonly hasOffice: boolean;
}

/** Opens (or creates) the encrypted office database, locked, and says whether it is set up. */
export async function openDeskStore(): Promise<DeskStore> {
  const store = await openOfficeStore(officeDatabaseName);
  return { store, hasOffice: await hasOffice(store) };
}
