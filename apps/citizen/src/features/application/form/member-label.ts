// How a member of the household is named in the income questions: by name when typed, by role otherwise.

import type { Translator } from '@tuki/i18n';
import type { HouseholdMember } from './household.ts';

export function memberLabel(t: Translator, member: HouseholdMember): string {
  switch (member.role) {
    case 'applicant':
      return member.name
        ? t('application.members.applicantNamed', { name: member.name })
        : t('application.members.applicant');
    case 'spouse':
      return member.name
        ? t('application.members.spouseNamed', { name: member.name })
        : t('application.members.spouse');
    case 'child':
      return member.name
        ? t('application.members.childNamed', { name: member.name })
        : t('application.household.childHeading', { number: member.number });
    case 'member':
      return member.name ?? t('application.household.memberHeading', { number: member.number });
  }
}
