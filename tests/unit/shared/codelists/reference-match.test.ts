import { describe, expect, it } from 'vitest';
import { authoredListIds, codeList, type AuthoredListId } from '../../../../shared/codelists';
import {
  readReference,
  referenceDir,
  referenceFound,
  type ReferenceErratum,
} from './reference-lists';

/** Deliberate differences from the reference French, each with its reason. */
const frenchExceptions: Partial<Record<AuthoredListId, Record<string, string>>> = {
  'isic-rev4': {
    '10': 'UNSD French repeats “et de boissons” from Rev.3 although division 11 is beverages',
    Q: 'UNSD French has a doubled word: “Santé et et activités d’action sociale”',
  },
  'isced-f-2013': {
    '08': 'UNESCO’s French edition: “agriculture, sylviculture, halieutique et sciences vétérinaires”',
    '09': 'UNESCO’s French edition: “santé et protection sociale” (ESCO writes “sociales”)',
  },
};

const words = (text: string) => text.toLowerCase().split(/\s+/).sort().join(' ');

/** The ILO English keeps four typos; ESCO's correction is accepted in any case and word order. */
function acceptsEnglish(ours: string, reference: string, erratum?: ReferenceErratum): boolean {
  if (ours === reference) return true;
  return erratum !== undefined && words(ours) === words(erratum.esco_en);
}

/** Names a reference test so a skipped run says why. */
const named = (name: string) =>
  referenceFound ? name : `${name}: skipped because the reference copies were not found`;

if (!referenceFound) {
  console.log(`Code list reference checks skipped: reference copies not found at ${referenceDir}`);
}

describe.each(authoredListIds)('%s against the reference copy', (id) => {
  it.skipIf(!referenceFound)(
    named('has reference codes, levels, parents and English titles'),
    () => {
      const reference = readReference(id);
      const byCode = new Map(reference.items.map((item) => [item.code, item]));
      const errata = new Map((reference.errata ?? []).map((erratum) => [erratum.code, erratum]));
      for (const item of codeList(id).items) {
        const ref = byCode.get(item.code);
        expect(ref, `${id} ${item.code} is not in the reference`).toBeDefined();
        if (ref === undefined) continue;
        expect([item.level, item.parent], `${id} ${item.code} position`).toEqual([
          ref.level,
          ref.parent,
        ]);
        const en = ref.labels.en ?? '';
        expect(
          acceptsEnglish(item.labels.en, en, errata.get(item.code)),
          `${id} ${item.code}: "${item.labels.en}" is not "${en}"`,
        ).toBe(true);
      }
    },
  );

  it.skipIf(!referenceFound)(
    named('has the reference French where the reference has French'),
    () => {
      const byCode = new Map(readReference(id).items.map((item) => [item.code, item]));
      const exceptions = frenchExceptions[id] ?? {};
      for (const item of codeList(id).items) {
        const referenceFrench = byCode.get(item.code)?.labels.fr;
        if (referenceFrench === undefined) continue;
        if (item.code in exceptions) {
          expect(item.labels.fr, `${id} ${item.code} exception is stale`).not.toBe(referenceFrench);
        } else {
          expect(item.labels.fr, `${id} ${item.code}`).toBe(referenceFrench);
        }
      }
    },
  );
});

describe('reference coverage', () => {
  it.skipIf(!referenceFound)(
    named('authors every ISIC section and division and every ISCED-F broad and narrow field'),
    () => {
      const codesOf = (id: AuthoredListId) => codeList(id).items.map((item) => item.code);
      const isic = readReference('isic-rev4').items.filter((item) => item.level <= 2);
      expect(codesOf('isic-rev4')).toEqual(isic.map((item) => item.code));
      const fields = readReference('isced-f-2013').items.filter(
        (item) => item.kind === 'core' && item.level <= 2,
      );
      expect(codesOf('isced-f-2013').filter((code) => code !== '99')).toEqual(
        fields.map((item) => item.code),
      );
      expect(codesOf('isced-2011')).toEqual(readReference('isced-2011').items.map((i) => i.code));
    },
  );
});
