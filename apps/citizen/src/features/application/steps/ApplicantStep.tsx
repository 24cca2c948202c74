// Step 1: the applicant. Name and personal identity code come from the person record and cannot be changed here;
// address and contact details are prefilled from it and may be corrected.

import { maritalStatuses } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { FieldSection, RadioField, ReadOnlyAnswer, TextField } from '../fields/fields.tsx';
import { useDraft } from '../form/form-context.tsx';
import { withMaritalStatus } from '../form/household.ts';
import { StepForm } from '../form/StepForm.tsx';

export function ApplicantStep() {
  const t = useT();
  const { content, update } = useDraft();
  const applicant = content.applicant ?? {};
  const name = [applicant.firstName, applicant.lastName].filter(Boolean).join(' ');
  return (
    <StepForm step="applicant">
      <section aria-labelledby="applicant-record-heading">
        <h2 id="applicant-record-heading">{t('application.applicant.recordHeading')}</h2>
        <dl className="tuki-readonly-list">
          <ReadOnlyAnswer label={t('application.applicant.name')}>{name || '–'}</ReadOnlyAnswer>
          <ReadOnlyAnswer label={t('application.fields.applicant.personalIdentityCode')}>
            {applicant.personalIdentityCode ?? '–'}
          </ReadOnlyAnswer>
        </dl>
        <p className="tuki-hint">{t('application.applicant.recordHelp')}</p>
      </section>

      <FieldSection id="applicant-address" heading={t('application.applicant.addressHeading')}>
        <TextField path="applicant.address.street" autoComplete="street-address" />
        <TextField
          path="applicant.address.postalCode"
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={10}
        />
        <TextField path="applicant.address.city" autoComplete="address-level2" maxLength={100} />
      </FieldSection>

      <FieldSection
        id="applicant-contact"
        heading={t('application.applicant.contactHeading')}
        help={t('application.applicant.contactHelp')}
      >
        <TextField path="applicant.phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={40} />
        <TextField
          path="applicant.email"
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={254}
        />
      </FieldSection>

      <FieldSection id="applicant-situation" heading={t('application.applicant.situationHeading')}>
        <RadioField
          path="applicant.maritalStatus"
          helperText={t('application.applicant.maritalStatusHelp')}
          options={maritalStatuses.map((value) => ({
            value,
            label: t(`application.options.maritalStatus.${value}`),
          }))}
          onSelect={(value) =>
            update((current) => withMaritalStatus(current, value as (typeof maritalStatuses)[number]))
          }
        />
        <TextField
          path="applicant.occupation"
          helperText={t('application.applicant.occupationHelp')}
          autoComplete="organization-title"
        />
      </FieldSection>
    </StepForm>
  );
}
