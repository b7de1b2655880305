import { lazy } from 'react';
import { ProfileView } from './ProfileView';

const ReceiptScreen = lazy(() =>
  import('./receipt/ReceiptScreen').then((m) => ({ default: m.ReceiptScreen })),
);

/** `#/members/<id>`: the profile; `#/members/<id>/receipt`: its printable receipt and sheet. */
export function MemberProfileScreen({ path }: { path: readonly string[] }) {
  const [personId = '', view] = path;
  if (view === 'receipt') return <ReceiptScreen personId={personId} />;
  return <ProfileView personId={personId} />;
}
