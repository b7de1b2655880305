export const referralStatuses = [
  'sent',
  'acknowledged',
  'in-progress',
  'completed',
  'declined',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Which status may follow which. Completed, declined and withdrawn are final. */
export const referralTransitions: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['acknowledged', 'in-progress', 'declined', 'withdrawn'],
  acknowledged: ['in-progress', 'completed', 'declined', 'withdrawn'],
  'in-progress': ['completed', 'declined', 'withdrawn'],
  completed: [],
  declined: [],
  withdrawn: [],
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return referralTransitions[from].includes(to);
}

export function isFinalStatus(status: ReferralStatus): boolean {
  return referralTransitions[status].length === 0;
}
