import type { NameParts, PersonNames } from '../../../../../shared/domain/person-names';

const join = (parts: NameParts | undefined) =>
  [parts?.given, parts?.other, parts?.family].filter((p) => p !== undefined).join(' ');

/** A name to show for a person: Latin, else passport, Arabic, Ethiopic spelling. */
export function personDisplayName(names: PersonNames | undefined): string {
  for (const script of ['latin', 'passport', 'arabic', 'ethiopic'] as const) {
    const name = join(names?.[script]);
    if (name !== '') return name;
  }
  return '';
}
