import type { Locale } from '../i18n/locales';
import type { StandardCodeListId } from './code-list-ids';

/** Labels of one code. English is always there; other locales fall back to it when missing. */
export type CodeLabels = { readonly en: string } & {
  readonly [L in Exclude<Locale, 'en'>]?: string;
};

export type CodeItem = {
  readonly code: string;
  /** 1 at the top of the hierarchy. */
  readonly level: number;
  /**
   * The code one level up, or null at the top. For ISO 3166-2 the top-level subdivisions name
   * their ISO 3166-1 alpha-2 country here, so children('iso-3166-2', 'NE') lists Niger's regions.
   */
  readonly parent: string | null;
  readonly labels: CodeLabels;
};

export type CodeList = {
  readonly id: StandardCodeListId;
  /** Stored with every coded value taken from this list. */
  readonly version: string;
  readonly title: Readonly<Record<Locale, string>>;
  /** Short provenance note. */
  readonly source: string;
  /** True when labels follow ESCO's wording: the About screen must then show ESCO_NOTICE. */
  readonly labelsFollowEsco: boolean;
  /** In hierarchical order (a parent before its children), as published. */
  readonly items: readonly CodeItem[];
};
