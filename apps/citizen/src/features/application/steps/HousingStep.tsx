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
import { MoneyField, RadioField } from '../fields/fields.tsx';
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
          label={t('application.fields.housing.type')}
          options={housingTypes.map((value) => ({
            value,
            label: t(`application.options.housingType.${value}`),
          }))}
          onSelect={(value) => update((current) => withHousingType(current, value as HousingType))}
        />
        {asksDetached ? (
          <RadioField
            path="housing.detachedHouse"
            label={t('application.fields.housing.detachedHouse')}
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
        <section aria-labelledby="housing-costs-heading" className="tuki-fields">
          <h2 id="housing-costs-heading">{t('application.housing.costsHeading')}</h2>
          <p>{t('application.housing.costsHelp')}</p>
          {normCosts
            .filter((cost) => asked.has(cost))
            .map((cost) => (
              <MoneyField
                key={cost}
                path={`housing.${cost}`}
                label={t(`application.fields.housing.${cost}`)}
                optional={!isRequiredHousingCost(type, cost)}
              />
            ))}
        </section>
      ) : null}
      {detached ? (
        <section aria-labelledby="housing-detached-heading" className="tuki-fields">
          <h2 id="housing-detached-heading">{t('application.housing.detachedHeading')}</h2>
          <p>{t('application.housing.detachedCostsHelp')}</p>
          {detachedHouseCosts.map((cost) => (
            <MoneyField
              key={cost}
              path={`housing.${cost}`}
              label={t(`application.fields.housing.${cost}`)}
              optional
            />
          ))}
        </section>
      ) : null}
      {type && type !== 'homeless' ? (
        <section aria-labelledby="housing-other-heading" className="tuki-fields">
          <h2 id="housing-other-heading">{t('application.housing.otherCostsHeading')}</h2>
          <p>{t('application.housing.otherCostsHelp')}</p>
          {separateHousingCosts.map((cost) => (
            <MoneyField
              key={cost}
              path={`housing.${cost}`}
              label={t(`application.fields.housing.${cost}`)}
              optional
              helperText={separateHelp[cost]}
            />
          ))}
        </section>
      ) : null}
    </StepForm>
  );
}
