import { repositoryFor, type Session } from '../store';

const staffRecords = repositoryFor('staff-user');

/** The signed-in person's own staff record (display name, contact details). */
export function loadOwnProfile(session: Session) {
  return staffRecords.get(session, session.staffId);
}
