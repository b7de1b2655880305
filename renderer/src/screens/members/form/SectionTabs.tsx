import { Badge, Tabs, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formSections, type FormSection } from './form-sections';

interface SectionTabsProps {
  readonly active: FormSection;
  readonly onChange: (section: FormSection) => void;
  /** Number of errors per section, shown on its tab. */
  readonly errorCounts: ReadonlyMap<FormSection, number>;
  readonly panel: (section: FormSection) => ReactNode;
}

/**
 * The sections as tabs, fillable in any order: arrow keys move between tabs, Tab enters the
 * panel. Panels stay mounted so every field keeps its value and can be validated.
 */
export function SectionTabs({ active, onChange, errorCounts, panel }: SectionTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs value={active} onChange={(value) => value && onChange(value as FormSection)} keepMounted>
      <Tabs.List aria-label={t('memberForm.sectionsLabel')}>
        {formSections.map((section) => {
          const errors = errorCounts.get(section) ?? 0;
          return (
            <Tabs.Tab
              key={section}
              value={section}
              rightSection={
                errors > 0 ? (
                  <Badge color="red" size="sm" aria-hidden>
                    {errors}
                  </Badge>
                ) : undefined
              }
            >
              {t(`memberForm.sections.${section}`)}
              {errors > 0 && (
                <VisuallyHidden>{t('memberForm.sectionErrors', { count: errors })}</VisuallyHidden>
              )}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {formSections.map((section) => (
        <Tabs.Panel key={section} value={section} pt="md">
          {panel(section)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
