import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '../../../../../shared/domain/consent';
import { hashForRoute, navigateTo } from '../../../shell/routes';
import { useStoreErrorMessage } from '../../../i18n/use-store-error-message';
import { useActiveSession } from '../../../session/use-desk-session';
import type { StoreError } from '../../../store';
import { CompletenessMeter } from './CompletenessMeter';
import { DuplicateWarning } from './DuplicateWarning';
import { focusField } from './fields/field-id';
import { focusFirstField, sectionAttribute } from './focus-first-field';
import { errorsInFormOrder, sectionOf, type FormSection } from './form-sections';
import { LeaveGuardModal } from './LeaveGuardModal';
import { memberFormResolver } from './member-form-resolver';
import { memberFormPath } from './member-form-route';
import type { MemberFormValues } from './member-form-values';
import { saveEditedMember, saveNewMember, type EditTarget } from './save-member';
import { SectionPanel } from './SectionPanel';
import { SectionTabs } from './SectionTabs';
import { useDuplicateCheck } from './use-duplicate-check';
import { useLeaveGuard } from './use-leave-guard';
import type { MemberFormContext, MemberSubmission } from './validate-member-form';

export interface MemberFormProps {
  readonly initial: MemberFormValues;
  readonly officeCountry: string | null;
  readonly activeConsents: ReadonlySet<ConsentPurpose>;
  /** Absent when registering a new member. */
  readonly editing?: EditTarget;
  /** Called once a new member is saved, so the screen can start the next one on a fresh form. */
  readonly onRegistered?: () => void;
  /** The section the form opens on. */
  readonly initialSection: FormSection;
  /** Whether to focus that section's first field on opening (the link named the section). */
  readonly focusSection: boolean;
}

const SUMMARY_ID = 'member-form-summary';
const focusSummary = () => document.getElementById(SUMMARY_ID)?.focus();

/** Paths of every error, flattened ("phones.0.number"). */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (value === undefined || value === null || typeof value !== 'object') return [];
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if ('message' in value && typeof value.message === 'string') return [path];
    return errorPaths(value as FieldErrors, path);
  });
}

/** The member registration form: sections, completeness, duplicate warning, save. */
export function MemberForm({
  initial,
  officeCountry,
  activeConsents,
  editing,
  onRegistered,
  initialSection,
  focusSection,
}: MemberFormProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeMessage = useStoreErrorMessage();
  const context = useMemo<MemberFormContext>(() => ({ activeConsents }), [activeConsents]);
  const form = useForm<MemberFormValues, MemberFormContext, MemberSubmission>({
    // A copy: the loaded values are kept by the screen and must never be changed by the form.
    defaultValues: structuredClone(initial),
    resolver: memberFormResolver,
    context,
    shouldFocusError: false,
  });
  const [section, setSection] = useState<FormSection>(initialSection);
  const formElement = useRef<HTMLFormElement>(null);
  // Only on opening: later tab switches leave focus on the tab.
  const opening = useRef({ focusSection, initialSection });
  useEffect(() => {
    const { focusSection: focus, initialSection: first } = opening.current;
    if (focus) focusFirstField(formElement.current, first);
  }, []);
  // The hash follows the tab (replaced, not pushed), so reload and back keep the section.
  const changeSection = (next: FormSection) => {
    setSection(next);
    const hash = hashForRoute('members', ...memberFormPath(editing?.id, next));
    window.history.replaceState(window.history.state, '', hash);
  };
  const [saveError, setSaveError] = useState<StoreError | null>(null);
  const [confirmedDifferent, setConfirmedDifferent] = useState(false);
  const [saving, setSaving] = useState(false);
  const duplicates = useDuplicateCheck(form.control, form.getValues, editing?.id);
  const guard = useLeaveGuard(form.formState.isDirty && !saving);
  const hidden = useMemo(() => new Set(editing?.hiddenFields ?? []), [editing]);
  const paths = errorPaths(form.formState.errors);
  const errorCounts = new Map<FormSection, number>();
  for (const path of paths)
    errorCounts.set(sectionOf(path), (errorCounts.get(sectionOf(path)) ?? 0) + 1);

  const goToFirstError = (errors: FieldErrors<MemberFormValues>) => {
    const [first] = errorsInFormOrder(errorPaths(errors));
    if (first === undefined) return;
    changeSection(sectionOf(first));
    // After the tab switch has rendered, focus the field (the summary if it cannot be found).
    window.setTimeout(() => {
      if (!focusField(first)) focusSummary();
    }, 0);
  };

  const onValid = async (submission: MemberSubmission) => {
    if (session === null) return;
    setSaveError(null);
    const found = await duplicates.checkNow(form.getValues());
    if (found.length > 0 && !confirmedDifferent) {
      focusSummary();
      return;
    }
    setSaving(true);
    const result = editing
      ? await saveEditedMember(session, editing, submission)
      : await saveNewMember(session, submission);
    if (!result.ok) {
      setSaving(false);
      setSaveError(result.error);
      window.setTimeout(() => focusSummary(), 0);
      return;
    }
    guard.release();
    navigateTo('members', result.value);
    // While the profile loads, React keeps this form mounted (hidden); coming straight back to
    // #/members/new would show it again. The screen mounts a fresh form instead, so the person
    // saved is never saved twice and no repeated entry carries over.
    if (!editing) onRegistered?.();
  };

  const onSubmit = form.handleSubmit(onValid, goToFirstError);
  const showSummary = paths.length > 0 || saveError !== null;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} ref={formElement}>
        <Stack gap="md">
          <Paper withBorder p="sm">
            <CompletenessMeter control={form.control} />
          </Paper>
          <div id={SUMMARY_ID} tabIndex={-1}>
            {showSummary && (
              <Alert color="red" role="alert" title={t('memberForm.cannotSave')}>
                {saveError === null
                  ? t('memberForm.errorSummary', { count: paths.length })
                  : saveError.code === 'rev-conflict'
                    ? t('memberForm.revConflict')
                    : storeMessage(saveError)}
              </Alert>
            )}
            <DuplicateWarning
              candidates={duplicates.candidates}
              confirmed={confirmedDifferent}
              onConfirm={setConfirmedDifferent}
            />
          </div>
          <SectionTabs
            active={section}
            onChange={changeSection}
            errorCounts={errorCounts}
            panel={(s) => (
              <div {...{ [sectionAttribute]: s }}>
                <SectionPanel
                  section={s}
                  hidden={hidden}
                  officeCountry={officeCountry}
                  activeConsents={activeConsents}
                />
              </div>
            )}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {editing ? t('memberForm.saveChanges') : t('memberForm.register')}
            </Button>
          </Group>
        </Stack>
      </form>
      <LeaveGuardModal guard={guard} />
    </FormProvider>
  );
}
