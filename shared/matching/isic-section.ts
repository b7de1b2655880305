import { findCode } from '../codelists/find-code';

/**
 * The ISIC Rev.4 section (one letter) a code belongs to. Groups and classes below the divisions
 * the project lists resolve through their division (first two digits); undefined when unknown.
 */
export function isicSection(code: string): string | undefined {
  let item = findCode('isic-rev4', code) ?? findCode('isic-rev4', code.slice(0, 2));
  while (item !== undefined && item.parent !== null) item = findCode('isic-rev4', item.parent);
  return item?.code;
}
