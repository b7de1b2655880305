import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One item of a reference copy in ../shared/data/codelists (read at test time, never copied). */
export type ReferenceItem = {
  code: string;
  level: number;
  parent: string | null;
  labels: Partial<Record<string, string>>;
  kind?: string;
};

export type ReferenceErratum = { code: string; published_en: string; esco_en: string };

export type ReferenceList = { id: string; items: ReferenceItem[]; errata?: ReferenceErratum[] };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Beside the project: <repo>/../shared/data/codelists. */
export const referenceDir = path.resolve(repoRoot, '..', 'shared', 'data', 'codelists');

export const referenceFound = existsSync(referenceDir);

export function readReference(id: string): ReferenceList {
  return JSON.parse(readFileSync(path.join(referenceDir, `${id}.json`), 'utf8')) as ReferenceList;
}
