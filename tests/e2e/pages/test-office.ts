export interface StaffLogin {
  username: string;
  passphrase: string;
}

export interface TestOffice {
  name: string;
  country: string;
  /** The office type as the setup form labels it. */
  type: string;
  admin: StaffLogin & { displayName: string };
}

/** The office most tests set up in their fresh profile, and its first administrator. */
export const testOffice = {
  name: 'Bureau de la diaspora, Niamey',
  country: 'Niger',
  type: 'Reception and referral',
  admin: {
    username: 'amina.admin',
    displayName: 'Amina Moussa',
    passphrase: 'river stone window lantern',
  },
} as const satisfies TestOffice;
