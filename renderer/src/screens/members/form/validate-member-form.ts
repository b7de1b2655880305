import type { z } from 'zod';
import type { Coded } from '../../../../../shared/domain/coded';
import {
  consentPurposes,
  type ConsentMethod,
  type ConsentPurpose,
} from '../../../../../shared/domain/consent';
import {
  isDomainErrorCode,
  type DomainErrorCode,
} from '../../../../../shared/domain/domain-error-codes';
import { draftProblems, type DraftProblem } from '../../../../../shared/domain/draft-problems';
import type { PersonNames } from '../../../../../shared/domain/person-names';
import { formErrorPath } from './form-error-path';
import type { MemberFormValues } from './member-form-values';
import { PersonFields } from './person-fields-schema';
import { toPersonContent, type FormProblemCode } from './to-person-content';

export type MemberFormErrorCode = DomainErrorCode | FormProblemCode | DraftProblem;

export interface ConsentNotice {
  readonly version: string;
  readonly language: Coded<'iso-639-3'>;
  readonly method: ConsentMethod;
}

/** A valid registration: the person's fields and the consents newly given, with their notice. */
export interface MemberSubmission {
  readonly person: z.output<typeof PersonFields>;
  readonly newConsents: readonly ConsentPurpose[];
  readonly notice: ConsentNotice | undefined;
}

export interface MemberFormContext {
  /** Purposes the person already consents to (edit mode): not recorded again. */
  readonly activeConsents: ReadonlySet<ConsentPurpose>;
}

export type MemberFormCheck =
  | { readonly ok: true; readonly submission: MemberSubmission }
  | { readonly ok: false; readonly errors: ReadonlyMap<string, MemberFormErrorCode> };

const draftProblemPath = (problem: DraftProblem, values: MemberFormValues): string => {
  switch (problem) {
    case 'name-required':
      return 'names.latin.given';
    case 'residence-country-required':
      return 'residence.country';
    case 'contact-required':
      return values.phones.length > 0 ? 'phones.0.number' : 'email';
    case 'registration-consent-required':
      return 'consents.registration.given';
    default: {
      const unknown: never = problem;
      return unknown;
    }
  }
};

function noticeOf(values: MemberFormValues, errors: Map<string, MemberFormErrorCode>) {
  const { version, language, method } = values.consentNotice;
  if (version.trim() === '') errors.set('consentNotice.version', 'required');
  if (language === null) errors.set('consentNotice.language', 'required');
  if (method === null) errors.set('consentNotice.method', 'required');
  return language === null || method === null || version.trim() === ''
    ? undefined
    : { version: version.trim(), language, method };
}

/**
 * Checks the member form with the one Person schema, the input layer's own checks (phones,
 * date parts), the draft rule (name, country of residence, one contact, registration consent)
 * and the consent notice. Errors are codes by form field path, never messages.
 */
export function validateMemberForm(
  values: MemberFormValues,
  context: MemberFormContext,
): MemberFormCheck {
  const { content, problems, origins } = toPersonContent(values);
  const errors = new Map<string, MemberFormErrorCode>();
  const parsed = PersonFields.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formErrorPath(issue.path, origins);
      if (!errors.has(path)) {
        errors.set(path, isDomainErrorCode(issue.message) ? issue.message : 'invalid-value');
      }
    }
  }
  for (const problem of problems) errors.set(problem.path, problem.code);
  const newConsents = consentPurposes.filter(
    (purpose) => values.consents[purpose].given && !context.activeConsents.has(purpose),
  );
  const consenting = [...context.activeConsents, ...newConsents].map((purpose) => ({
    personId: 'form',
    purpose,
    withdrawnAt: undefined,
  }));
  const draft = draftProblems(
    {
      id: 'form',
      names: (content.names ?? {}) as PersonNames,
      residence: content.residence,
      phones: content.phones ?? [],
      email: content.email,
    },
    consenting,
  );
  for (const problem of draft) {
    const path = draftProblemPath(problem, values);
    if (!errors.has(path)) errors.set(path, problem);
  }
  const notice = newConsents.length > 0 ? noticeOf(values, errors) : undefined;
  if (errors.size > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, submission: { person: parsed.data, newConsents, notice } };
}
