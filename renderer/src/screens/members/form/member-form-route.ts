import { formSections, type FormSection } from './form-sections';

/** What the members screen's path says about the form: which member (none: new) and section. */
export interface MemberFormRoute {
  /** Absent when registering a new member. */
  readonly id?: string;
  readonly section: FormSection;
  /** True when the path named a section (a block's edit link): the form focuses its first field. */
  readonly sectionNamed: boolean;
}

function toSection(segment: string | undefined): FormSection {
  const found = formSections.find((section) => section === segment);
  return found ?? formSections[0];
}

/**
 * `['new']`, `['new', '<section>']`, `['<id>', 'edit']` or `['<id>', 'edit', '<section>']` (the
 * segments after `#/members`) → the form to open. An unknown section opens the first one.
 */
export function memberFormRoute(path: readonly string[]): MemberFormRoute {
  const [first, , third] = path;
  const segment = first === 'new' ? path[1] : third;
  const sectionNamed = segment !== undefined;
  const section = toSection(segment);
  return first === 'new' || first === undefined
    ? { section, sectionNamed }
    : { id: first, section, sectionNamed };
}

/** The path segments (after `members`) of the form on one section: for `hashForRoute`. */
export function memberFormPath(id: string | undefined, section: FormSection): string[] {
  return id === undefined ? ['new', section] : [id, 'edit', section];
}
