// Step 3: housing and its monthly costs; only the costs of the chosen type of housing are asked.

import { type HousingType, housingTypes } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { MoneyField, RadioField } from '../fields/fields.tsx';
import { useDraft } from '../form/form-context.tsx';
import { housingCostsByType, isRequiredHousingCost, withHousingType } from '../form/household.ts';
import { StepForm } from '../form/StepForm.tsx';

export function HousingStep() {
  const t = useT();
  const { content, update } = useDraft();
  const type = content.housing?.type;
  const costs = type ? housingCostsByType[type] : [];
  return (
    <StepForm step="housing">
      <div className="tuki-fields">
        <RadioField
          path="housing.type"
          label={t('application.fields.housing.type')}
          options={housingTypes.map((value) => ({
            value,
            label: t(`application.options.housingType.${value}`),
          }))}
          onSelect={(value) => update((current) => withHousingType(current, value as HousingType))}
        />
      </div>
      {type === 'homeless' ? <p className="tuki-hint">{t('application.housing.homelessHelp')}</p> : null}
      {type && costs.length > 0 ? (
        <section aria-labelledby="housing-costs-heading" className="tuki-fields">
          <h2 id="housing-costs-heading">{t('application.housing.costsHeading')}</h2>
          <p>{t('application.housing.costsHelp')}</p>
          {costs.map((cost) => (
            <MoneyField
              key={cost}
              path={`housing.${cost}`}
              label={t(`application.fields.housing.${cost}`)}
              optional={!isRequiredHousingCost(type, cost)}
              helperText={cost === 'homeInsuranceCents' ? t('application.housing.insuranceHelp') : undefined}
            />
          ))}
        </section>
      ) : null}
    </StepForm>
  );
}
