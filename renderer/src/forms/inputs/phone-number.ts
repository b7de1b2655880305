import { getCountryCodeForRegionCode, parsePhoneNumber } from 'awesome-phonenumber';

/** What a person enters for a phone: the country it belongs to and the number as typed. */
export interface PhoneEntry {
  /** ISO 3166-1 alpha-2, or null before a country is chosen. */
  readonly country: string | null;
  readonly number: string;
}

export type PhoneProblem = 'phone-country-required' | 'phone-invalid';

export type PhoneCheck =
  | { readonly status: 'empty' }
  | {
      readonly status: 'valid';
      readonly e164: string;
      readonly international: string;
      readonly country: string;
    }
  | { readonly status: 'invalid'; readonly problem: PhoneProblem };

/**
 * Checks a phone entry with libphonenumber's rules (awesome-phonenumber). A number typed in
 * international form (+...) stands on its own; otherwise it is read as a national number of the
 * chosen country. Valid numbers come back in E.164, the only form stored.
 */
export function checkPhone(entry: PhoneEntry): PhoneCheck {
  const typed = entry.number.trim();
  if (typed === '') return { status: 'empty' };
  const international = typed.startsWith('+') || typed.startsWith('00');
  if (!international && entry.country === null) {
    return { status: 'invalid', problem: 'phone-country-required' };
  }
  const text = typed.startsWith('00') ? `+${typed.slice(2)}` : typed;
  const parsed = international
    ? parsePhoneNumber(text)
    : parsePhoneNumber(text, { regionCode: entry.country ?? undefined });
  if (!parsed.valid) return { status: 'invalid', problem: 'phone-invalid' };
  return {
    status: 'valid',
    e164: parsed.number.e164,
    international: parsed.number.international,
    country: parsed.regionCode,
  };
}

/** A stored E.164 number as the input shows it: its country and its national form. */
export function phoneEntryFromE164(e164: string): PhoneEntry {
  const parsed = parsePhoneNumber(e164);
  if (!parsed.valid) return { country: null, number: e164 };
  return { country: parsed.regionCode, number: parsed.number.national };
}

/** `+227` for NE; undefined for a region libphonenumber does not know. */
export function callingCode(country: string): string | undefined {
  const code = getCountryCodeForRegionCode(country);
  return code === 0 ? undefined : `+${code}`;
}
