import { StaffUser } from '../../../../shared/domain/staff-user';

/** The canonical username (trimmed, lowercased, `[a-z0-9._-]`, 3 to 32), or null. */
export function parseUsername(input: string): string | null {
  const parsed = StaffUser.shape.username.safeParse(input);
  return parsed.success ? parsed.data : null;
}
