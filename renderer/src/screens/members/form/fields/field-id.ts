/** The DOM id of a member form field, from its path: how a label, an error and focus find it. */
export function fieldId(path: string): string {
  return `member-${path.replace(/\./g, '-')}`;
}

/** Moves focus to a field by its path; false when it is not on screen. */
export function focusField(path: string): boolean {
  const element = document.getElementById(fieldId(path));
  if (element === null) return false;
  element.focus();
  return document.activeElement === element;
}
