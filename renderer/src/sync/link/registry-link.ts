import { z } from 'zod';
import { RegistryOffice } from '../transport/sync-transport';

/**
 * This desk's connection to the central registry: where, as which enrolled device, for which
 * registry office. `seqBase`: the local op sequence number before the first op this device sends
 * (a registry device counts its ops from 1, the desk's counter started at office setup).
 */
export const RegistryLink = z.object({
  url: z.url({ protocol: /^https?$/ }),
  deviceId: z.uuid(),
  credential: z.string().min(16).max(512),
  office: RegistryOffice,
  seqBase: z.int().min(0),
  enrolledAt: z.iso.datetime(),
});
export type RegistryLink = z.output<typeof RegistryLink>;

/** What the screens may show of a link: everything but the credential. */
export type RegistryLinkView = Omit<RegistryLink, 'credential'>;

export function viewOfLink({ credential: _credential, ...view }: RegistryLink): RegistryLinkView {
  return view;
}
