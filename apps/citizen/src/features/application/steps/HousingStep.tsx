// Step 3: housing and its monthly costs; only the costs of the chosen type of housing are asked, then electricity,
// home insurance and the sauna fee (accepted outside the norm), and for a detached house its running costs.

import {
  detachedHouseCosts,
  detachedHouseHousingTypes,
  type HousingType,
  housingCostsAsked,
  housingTypes,
  isDetachedHouse,
  isRequiredHousingCost,
  type NormHousingCost,
  normHousingCostsByType,
  type SeparateHousingCost,
  separateHousingCosts,
} from '@tuki/domain';
import { useT } from '@tuki/ui';
import { FieldSection, MoneyField, RadioField } from '../fields/fields.tsx';
import { useDraft } from '../form/form-context.tsx';
import { withDetachedHouse, withHousingType } from '../form/household.ts';
import { StepForm } from '../form/StepForm.tsx';

export function HousingStep() {
  const t = useT();
  const { content, update } = useDraft();
  const housing = content.housing ?? {};
  const type = housing.type;
  const asked = new Set(housingCostsAsked(housing));
  const normCosts: readonly NormHousingCost[] = type ? normHousingCostsByType[type] : [];
  const asksDetached = type !== undefined && detachedHouseHousingTypes.includes(type);
  const detached = isDetachedHouse(housing);
  const separateHelp: Record<SeparateHousingCost, string> = {
    electricityCents: t('application.housing.electricityHelp'),
    homeInsuranceCents: t('application.housing.insuranceHelp'),
    saunaCents: t('application.housing.saunaHelp'),
  };
  return (
    <StepForm step="housing">
      <div className="tuki-fields">
        <RadioField
          path="housing.type"
          options={housingTypes.map((value) => ({
            value,
            label: t(`application.options.housingType.${value}`),
          }))}
          onSelect={(value) => update((current) => withHousingType(current, value as HousingType))}
        />
        {asksDetached ? (
          <RadioField
            path="housing.detachedHouse"
            helperText={t('application.housing.detachedHelp')}
            value={housing.detachedHouse === undefined ? undefined : housing.detachedHouse ? 'yes' : 'no'}
            options={[
              { value: 'no', label: t('application.housing.detachedNo') },
              { value: 'yes', label: t('application.housing.detachedYes') },
            ]}
            onSelect={(choice) => update((current) => withDetachedHouse(current, choice === 'yes'))}
          />
        ) : null}
      </div>
      {type === 'homeless' ? <p className="tuki-hint">{t('application.housing.homelessHelp')}</p> : null}
      {type && normCosts.length > 0 ? (
        <FieldSection
          id="housing-costs"
          heading={t('application.housing.costsHeading')}
          help={t('application.housing.costsHelp')}
        >
          {normCosts
            .filter((cost) => asked.has(cost))
            .map((cost) => (
              <MoneyField key={cost} path={`housing.${cost}`} optional={!isRequiredHousingCost(type, cost)} />
            ))}
        </FieldSection>
      ) : null}
      {detached ? (
        <FieldSection
          id="housing-detached"
          heading={t('application.housing.detachedHeading')}
          help={t('application.housing.detachedCostsHelp')}
        >
          {detachedHouseCosts.map((cost) => (
            <MoneyField key={cost} path={`housing.${cost}`} optional />
          ))}
        </FieldSection>
      ) : null}
      {type && type !== 'homeless' ? (
        <FieldSection
          id="housing-other"
          heading={t('application.housing.otherCostsHeading')}
          help={t('application.housing.otherCostsHelp')}
        >
          {separateHousingCosts.map((cost) => (
            <MoneyField key={cost} path={`housing.${cost}`} optional helperText={separateHelp[cost]} />
          ))}
        </FieldSection>
      ) : null}
    </StepForm>
  );
}
