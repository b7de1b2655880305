import type { StaffRole } from '../../../../shared/domain/staff-user';

/**
 * Who may read high-risk fields (documents, origin, family, notes): everyone but clerks, who
 * register and update people without seeing what could endanger them. Every such read is logged.
 */
export function canViewHighRisk(role: StaffRole): boolean {
  switch (role) {
    case 'clerk':
      return false;
    case 'counsellor':
    case 'supervisor':
    case 'admin':
      return true;
  }
}

/** Only admins add and disable staff and rotate the recovery key. */
export function canManageStaff(role: StaffRole): boolean {
  return role === 'admin';
}
