// Step 8: is the situation urgent, and why (the reason only when it is).

import { useT } from '@tuki/ui';
import { RadioField, TextAreaField } from '../fields/fields.tsx';
import { useDraft } from '../form/form-context.tsx';
import { StepForm } from '../form/StepForm.tsx';

export function UrgencyStep() {
  const t = useT();
  const { content, update } = useDraft();
  const value = content.urgent === undefined ? undefined : content.urgent ? 'yes' : 'no';
  return (
    <StepForm step="urgency">
      <p>{t('application.urgency.help')}</p>
      <div className="tuki-fields">
        <RadioField
          path="urgent"
          value={value}
          options={[
            { value: 'no', label: t('application.urgency.no') },
            { value: 'yes', label: t('application.urgency.yes') },
          ]}
          onSelect={(choice) =>
            update((current) => {
              const next = { ...current, urgent: choice === 'yes' };
              if (choice !== 'yes') delete next.urgentReason;
              return next;
            })
          }
        />
        {content.urgent === true ? (
          <TextAreaField
            path="urgentReason"
            helperText={t('application.urgency.reasonHelp')}
            maxLength={2000}
          />
        ) : null}
      </div>
    </StepForm>
  );
}
