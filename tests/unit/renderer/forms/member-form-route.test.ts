import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formSections } from '../../../../renderer/src/screens/members/form/form-sections';
import {
  memberFormPath,
  memberFormRoute,
} from '../../../../renderer/src/screens/members/form/member-form-route';
import { hashForRoute, locationFromHash } from '../../../../renderer/src/shell/routes';

const id = '0b6f3f52-8d0e-4a43-9d55-2a9f0e1c7a10';

describe('member form route', () => {
  it('opens a new form, or an edit, on the first section when none is named', () => {
    expect(memberFormRoute(['new'])).toEqual({ section: 'identity', sectionNamed: false });
    expect(memberFormRoute([id, 'edit'])).toEqual({
      id,
      section: 'identity',
      sectionNamed: false,
    });
  });

  it('opens the section a block’s edit link names, and focuses it', () => {
    expect(memberFormRoute([id, 'edit', 'contact'])).toEqual({
      id,
      section: 'contact',
      sectionNamed: true,
    });
    expect(memberFormRoute(['new', 'consents'])).toEqual({
      section: 'consents',
      sectionNamed: true,
    });
  });

  it('opens the first section, without an error, for an unknown block', () => {
    for (const block of ['nowhere', 'Contact', '', 'edit', '__proto__', 'toString']) {
      expect(memberFormRoute([id, 'edit', block]).section).toBe('identity');
      expect(memberFormRoute(['new', block]).section).toBe('identity');
    }
  });

  it('round-trips every section through the location hash, for new and edited members', () => {
    for (const section of formSections) {
      for (const who of [undefined, id]) {
        const { route, path } = locationFromHash(
          hashForRoute('members', ...memberFormPath(who, section)),
        );
        expect(route).toBe('members');
        expect(memberFormRoute(path)).toEqual({
          ...(who ? { id: who } : {}),
          section,
          sectionNamed: true,
        });
      }
    }
  });

  it('always lands on a known section, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), (path) => {
        expect(formSections).toContain(memberFormRoute(path).section);
      }),
    );
  });
});
