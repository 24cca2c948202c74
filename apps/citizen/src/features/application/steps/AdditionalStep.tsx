// Step 9: anything else the applicant wants the handler to know.

import { useT } from '@tuki/ui';
import { TextAreaField } from '../fields/fields.tsx';
import { StepForm } from '../form/StepForm.tsx';

export function AdditionalStep() {
  const t = useT();
  return (
    <StepForm step="additional">
      <div className="tuki-fields">
        <TextAreaField
          path="additionalInformation"
          helperText={t('application.additional.help')}
          optional
          maxLength={5000}
        />
      </div>
    </StepForm>
  );
}
