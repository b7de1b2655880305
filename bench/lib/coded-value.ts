import type { Coded, CodeListId } from '../../shared/domain';

/**
 * Versions stamped on generated coded values. The domain accepts any version string; these are
 * the bench's choice until the project's code lists publish theirs.
 */
export const CODE_LIST_VERSIONS: Readonly<Record<CodeListId, string>> = {
  'iso-3166-1': '2024',
  'iso-3166-2': '2024',
  'iso-639-3': '2024',
  'iso-4217': '2024',
  'isco-08': '2008',
  'isic-rev4': '4',
  'isced-2011': '2011',
  'isced-f-2013': '2013',
  'consultation-topic': '1',
  'national-admin-area': '1',
};

export function codedValue<L extends CodeListId>(list: L, code: string): Coded<L> {
  return { list, version: CODE_LIST_VERSIONS[list], code };
}
