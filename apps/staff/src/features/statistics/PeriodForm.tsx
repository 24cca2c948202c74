// The period: one of the last complete half-years (radio buttons, which apply at once, as THL collects by
// half-year), or other months typed as YYYY-MM and applied with the button. The choice lives in the URL.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, RadioButton, SelectionGroup, TextInput } from 'hds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { completeHalfYears, isValidPeriod, type Period } from './statistics-api.ts';

export function PeriodForm({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const t = useT();
  const [now] = useState(() => new Date());
  const halfYears = completeHalfYears(now);
  const chosenHalf = halfYears.find((half) => half.from === period.from && half.to === period.to);
  const [custom, setCustom] = useState(chosenHalf === undefined);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = { from: from.trim(), to: to.trim() };
    if (!isValidPeriod(next)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChange(next);
  };

  return (
    <form onSubmit={apply} className="statistics-period" data-testid="statistics-period">
      {/* One flat array of children: the group does not flatten nested ones. */}
      <SelectionGroup label={t('statistics.period.legend')} className="statistics-period-choices">
        {[
          ...halfYears.map((half) => {
            const id = `period-${half.year}H${half.half}`;
            return (
              <RadioButton
                key={id}
                id={id}
                name="statistics-period"
                value={id}
                label={t('statistics.period.halfYear', {
                  year: half.year,
                  half: t(half.half === 1 ? 'statistics.period.firstHalf' : 'statistics.period.secondHalf'),
                })}
                checked={!custom && chosenHalf === half}
                onChange={() => {
                  setCustom(false);
                  setInvalid(false);
                  onChange({ from: half.from, to: half.to });
                }}
              />
            );
          }),
          <RadioButton
            key="period-custom"
            id="period-custom"
            name="statistics-period"
            value="custom"
            label={t('statistics.period.custom')}
            checked={custom}
            onChange={() => setCustom(true)}
          />,
        ]}
      </SelectionGroup>
      {custom ? (
        <div className="statistics-custom-period">
          {(
            [
              ['from', from, setFrom],
              ['to', to, setTo],
            ] as const
          ).map(([end, value, change]) => (
            <MonthInput
              key={end}
              id={`period-${end}`}
              label={t(`statistics.period.${end}`)}
              value={value}
              invalid={invalid}
              onChange={change}
            />
          ))}
          <Button type="submit" variant={ButtonVariant.Secondary} id="period-show">
            {t('statistics.period.show')}
          </Button>
        </div>
      ) : null}
      {invalid ? (
        <p className="statistics-error" role="alert">
          {t('statistics.period.invalid')}
        </p>
      ) : null}
    </form>
  );
}

/** A month typed as YYYY-MM (the first or last month of a custom period). */
function MonthInput({
  id,
  label,
  value,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <TextInput
      id={id}
      label={label}
      helperText={t('statistics.period.monthHint')}
      value={value}
      maxLength={7}
      autoComplete="off"
      invalid={invalid}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
