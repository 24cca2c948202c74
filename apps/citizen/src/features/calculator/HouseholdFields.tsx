// The calculator's household: the month, one or two adults, the other adults of the home, living with one's
// parents (one adult only), and the children's ages, a row each.

import { formatMonth, useLanguage, useT } from '@tuki/ui';
import { RowButton } from '@tuki/ui/calculation';
import { Checkbox, RadioButton, SelectionGroup, TextInput } from 'hds-react';
import { useId } from 'react';
import { selectableMonths } from '../application/index.ts';
import { errorProps } from './fields.tsx';
import type { EstimateForm } from './useEstimateForm.ts';

/** The choices of how many adults the household has. */
const adultCounts = [
  { count: 1, label: 'calculator.estimate.adultsOne' },
  { count: 2, label: 'calculator.estimate.adultsTwo' },
] as const;

export function HouseholdFields({ form }: { form: EstimateForm }) {
  const t = useT();
  const { language } = useLanguage();
  const monthId = useId();
  const [month, setMonth] = form.month;
  const [adults, setAdults] = form.adults;
  const [otherAdults, setOtherAdults] = form.otherAdults;
  const [livesWithParents, setLivesWithParents] = form.livesWithParents;
  // The same months as the application form offers (the domain's rule).
  const months = selectableMonths(form.thisMonth);
  return (
    <>
      <h2>{t('calculator.estimate.householdHeading')}</h2>
      <div className="tuki-select">
        <label htmlFor={monthId} className="tuki-select__label">
          {t('calculator.estimate.month')}
        </label>
        <div className="tuki-select__wrapper">
          <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
            {months.map((value) => (
              <option key={value} value={value}>
                {formatMonth(value, language)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SelectionGroup label={t('calculator.estimate.adults')} className="tuki-radio-group">
        {adultCounts.map(({ count, label }) => (
          <RadioButton
            key={count}
            id={`estimate-adults-${count}`}
            name="adults"
            value={String(count)}
            label={t(label)}
            checked={adults === count}
            onChange={() => setAdults(count)}
          />
        ))}
      </SelectionGroup>

      <TextInput
        id="estimate-other-adults"
        className="tuki-section"
        label={t('calculator.estimate.otherAdults')}
        helperText={t('calculator.estimate.otherAdultsHelp')}
        inputMode="numeric"
        value={otherAdults}
        {...errorProps(form.errors, 'estimate-other-adults')}
        onChange={(event) => setOtherAdults(event.target.value)}
      />
      {adults === 1 ? (
        <Checkbox
          id="estimate-lives-with-parents"
          label={t('calculator.estimate.livesWithParents')}
          checked={livesWithParents}
          onChange={(event) => setLivesWithParents(event.target.checked)}
        />
      ) : null}

      <ChildrenFields form={form} />
    </>
  );
}

function ChildrenFields({ form }: { form: EstimateForm }) {
  const t = useT();
  const { children } = form;
  return (
    <>
      <h3>{t('calculator.estimate.childrenHeading')}</h3>
      <p className="tuki-help">{t('calculator.estimate.childrenHelp')}</p>
      {children.rows.map((child, index) => (
        <div key={child.key} className="tuki-calculator-row">
          <TextInput
            id={`child-${child.key}`}
            label={t('calculator.estimate.childAge', { number: index + 1 })}
            inputMode="numeric"
            value={child.age}
            {...errorProps(form.errors, `child-${child.key}`)}
            onChange={(event) => children.change(child.key, { age: event.target.value })}
          />
          <RowButton
            remove
            label={t('calculator.estimate.removeChild', { number: index + 1 })}
            onClick={() => children.remove(child.key)}
          />
        </div>
      ))}
      <RowButton label={t('calculator.estimate.addChild')} onClick={() => children.add({ age: '' })} />
    </>
  );
}
