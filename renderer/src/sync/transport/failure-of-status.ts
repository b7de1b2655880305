import type { SyncFailureCode } from '../sync-failure';

const registryCodes: Readonly<Record<string, SyncFailureCode>> = {
  'unknown-device': 'unknown-device',
  'device-revoked': 'device-revoked',
  'update-required': 'update-required',
  'registry-outdated': 'registry-outdated',
  'enroll-code-unknown': 'enroll-code-unknown',
  'enroll-code-used': 'enroll-code-used',
  'enroll-code-expired': 'enroll-code-expired',
};

/** What an unexpected HTTP answer means for the person (registry/src/http/registry-error.ts). */
export function failureOfStatus(status: number, body: unknown): SyncFailureCode {
  const code =
    body !== null && typeof body === 'object' && 'error' in body ? String(body.error) : null;
  const known = code === null ? undefined : registryCodes[code];
  if (known) return known;
  if (status === 401) return 'unknown-device';
  if (status === 403) return 'device-revoked';
  if (status === 426) return 'update-required';
  if (status >= 500) return 'server-error';
  return 'bad-response';
}
