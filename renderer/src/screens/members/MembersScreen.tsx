import { lazy } from 'react';
import { MemberListScreen } from './list/MemberListScreen';

const MemberFormScreen = lazy(() =>
  import('./form/MemberFormScreen').then((m) => ({ default: m.MemberFormScreen })),
);
const MemberProfileScreen = lazy(() =>
  import('./profile/MemberProfileScreen').then((m) => ({ default: m.MemberProfileScreen })),
);

/**
 * The registration desk: `#/members` lists, `#/members/new` registers, `#/members/<id>` shows a
 * profile (`/edit` edits it; the profile screen reads its own further segments).
 */
export function MembersScreen({ path }: { path: readonly string[] }) {
  const [first, second] = path;
  if (first === undefined) return <MemberListScreen path={path} />;
  if (first === 'new' || second === 'edit') return <MemberFormScreen path={path} />;
  return <MemberProfileScreen path={path} />;
}
