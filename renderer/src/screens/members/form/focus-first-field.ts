import type { FormSection } from './form-sections';

/** The attribute that marks a section's panel content, so its fields can be found. */
export const sectionAttribute = 'data-form-section';

const fieldSelector =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Moves focus to the first field of a section's panel; false when there is none on screen. */
export function focusFirstField(container: ParentNode | null, section: FormSection): boolean {
  const panel = container?.querySelector(`[${sectionAttribute}="${section}"]`);
  const field = panel?.querySelector<HTMLElement>(fieldSelector);
  if (field === null || field === undefined) return false;
  field.focus();
  return document.activeElement === field;
}
