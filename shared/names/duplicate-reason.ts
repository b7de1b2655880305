/** Why two people may be the same person (shown to the clerk; a person decides). */
export const duplicateReasons = [
  'same-phone',
  'same-email',
  'same-document',
  'same-name-birth-year',
  'similar-name',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];
