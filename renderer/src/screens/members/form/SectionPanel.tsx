import type { ConsentPurpose } from '../../../../../shared/domain/consent';
import type { FormSection } from './form-sections';
import { ConsentSection } from './sections/ConsentSection';
import { ContactSection } from './sections/ContactSection';
import { ContributionSection } from './sections/ContributionSection';
import { EducationWorkSection } from './sections/EducationWorkSection';
import { IdentitySection } from './sections/IdentitySection';
import { OriginSection } from './sections/OriginSection';
import { ResidenceSection } from './sections/ResidenceSection';
import { SkillsLanguagesSection } from './sections/SkillsLanguagesSection';

interface SectionPanelProps {
  readonly section: FormSection;
  readonly hidden: ReadonlySet<string>;
  readonly officeCountry: string | null;
  readonly activeConsents: ReadonlySet<ConsentPurpose>;
}

/** The fields of one section. */
export function SectionPanel({
  section,
  hidden,
  officeCountry,
  activeConsents,
}: SectionPanelProps) {
  switch (section) {
    case 'identity':
      return <IdentitySection hidden={hidden} />;
    case 'contact':
      return <ContactSection hidden={hidden} officeCountry={officeCountry} />;
    case 'residence':
      return <ResidenceSection />;
    case 'origin':
      return <OriginSection hidden={hidden} />;
    case 'education-work':
      return <EducationWorkSection />;
    case 'skills-languages':
      return <SkillsLanguagesSection />;
    case 'contribution':
      return <ContributionSection />;
    case 'consents':
      return <ConsentSection active={activeConsents} />;
    default: {
      const unknown: never = section;
      return unknown;
    }
  }
}
