import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../../shared/i18n/locales';

const localesDir = join(import.meta.dirname, '..', '..', 'locales');

type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `Map { 'a.b' => 'x' }`; a value that is neither text nor object is kept as is. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of flatten(value, path)) flat.set(inner, innerValue);
    } else flat.set(path, value);
  }
  return flat;
}

/** The interpolation placeholders of a message, with their format: `{{count, number}}`. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)]
    .map((match) => match[1]!.replace(/\s*,\s*/g, ', '))
    .sort();
}

/** Every way a locale differs from the reference: keys missing or added, empty values, placeholders. */
function localeProblems(reference: Tree, candidate: Tree): string[] {
  const expected = flatten(reference);
  const actual = flatten(candidate);
  const problems: string[] = [];
  for (const key of expected.keys()) if (!actual.has(key)) problems.push(`missing ${key}`);
  for (const [key, value] of actual) {
    if (!expected.has(key)) problems.push(`extra ${key}`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`empty ${key}`);
    else {
      const want = placeholders(expected.get(key) as string).join(' ');
      const got = placeholders(value).join(' ');
      if (want !== got) problems.push(`placeholders ${key}: [${got}] instead of [${want}]`);
    }
  }
  return problems;
}

function readLocale(name: string): Tree {
  return JSON.parse(readFileSync(join(localesDir, `${name}.json`), 'utf8')) as Tree;
}

describe('locale files', () => {
  const english = readLocale('en');

  it('exist for exactly the supported languages', () => {
    const files = readdirSync(localesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
    expect(files).toEqual([...supportedLocales].sort());
  });

  it('English has no empty messages', () => {
    expect(localeProblems(english, english)).toEqual([]);
  });

  it('keeps a main block for the main process (dialogs, menus)', () => {
    expect(flatten(english).get('main.dialog.saveTitle')).toBe('Save file');
    expect(flatten(english).get('main.dialog.openTitle')).toBe('Open file');
  });

  for (const locale of supportedLocales.filter((name) => name !== 'en')) {
    it(`${locale} has the same keys and placeholders as English, none empty`, () => {
      expect(localeProblems(english, readLocale(locale))).toEqual([]);
    });
  }
});

describe('the locale check itself', () => {
  const reference: Tree = { a: { b: 'Hello {{name}}', c: '{{n, number}} items' }, d: 'x' };

  it('reports missing and added keys', () => {
    expect(
      localeProblems(reference, { a: { b: 'Hi {{name}}', c: '{{n, number}}' }, e: 'y' }),
    ).toEqual(['missing d', 'extra e']);
  });

  it('reports empty values and values that are not text', () => {
    const candidate = { a: { b: ' ', c: '{{n, number}}' }, d: { nested: 'x' } } as unknown as Tree;
    expect(localeProblems(reference, candidate)).toEqual([
      'missing d',
      'empty a.b',
      'extra d.nested',
    ]);
  });

  it('reports renamed, dropped or reformatted placeholders', () => {
    const candidate = { a: { b: 'Bonjour {{nom}}', c: '{{n}} articles' }, d: 'x' };
    expect(localeProblems(reference, candidate)).toEqual([
      'placeholders a.b: [nom] instead of [name]',
      'placeholders a.c: [n] instead of [n, number]',
    ]);
  });
});
