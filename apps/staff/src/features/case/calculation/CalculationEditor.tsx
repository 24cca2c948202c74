// The calculation panel of the case view: the editable input (month, members with role, date of birth and
// reduction, housing costs, incomes, expenses, assets) and the result line by line, updated as the caseworker
// types. The amount is repeated in a polite live region, so a screen reader hears the new amount after a change.

import { useLanguage, useT } from '@tuki/ui';
import './calculation.css';
import { CasePanel } from '../CasePanel.tsx';
import { FamilySummary } from './FamilySummary.tsx';
import type { FormPartProps } from './form-edit.ts';
import { formatEuros } from './format.ts';
import {
  AssetsSection,
  ExpensesSection,
  HousingSection,
  IncomesSection,
  MonthRow,
} from './InputSections.tsx';
import { MembersSection } from './MembersSection.tsx';
import { ResultTable } from './ResultTable.tsx';
import {
  type CalculationDraftState,
  type CalculationForm,
  otherResidentByRole,
} from './useCalculationDraft.ts';

export function CalculationEditor({ calc }: { calc: CalculationDraftState }) {
  const t = useT();
  if (!calc.enabled) return null;
  return (
    <CasePanel
      name="calculation"
      heading={t('calculator.editor.heading')}
      className="staff-panel staff-calculation"
      testId="calculation"
    >
      {calc.loadFailed ? (
        <p>{t('calculator.editor.loadFailed')}</p>
      ) : !calc.form ? (
        <p>{t('common.loading')}</p>
      ) : (
        <Editor calc={calc} form={calc.form} />
      )}
    </CasePanel>
  );
}

function memberNames(form: CalculationForm, fallback: (number: number) => string): Map<string, string> {
  return new Map(form.members.map((member, index) => [member.id, member.name || fallback(index + 1)]));
}

function Editor({ calc, form }: { calc: CalculationDraftState; form: CalculationForm }) {
  const t = useT();
  const names = memberNames(form, (number) => t('calculator.editor.memberName', { number }));
  const part: FormPartProps = { form, setForm: calc.setForm, error: (path) => calc.fieldErrors[path] };
  // Members outside the family (TTL 3 §): by role, and a `child` aged 18+ as the engine last decided.
  const otherResidents = new Set([
    ...form.members.filter((member) => otherResidentByRole(member.role)).map((member) => member.id),
    ...(calc.upToDate ? (calc.result?.family?.otherResidentIds ?? []) : []),
  ]);
  return (
    <>
      <p className="staff-muted">{t('calculator.editor.intro')}</p>
      <CalculationNotes notes={calc.draft?.notes ?? []} />
      <MonthRow {...part} />
      <MembersSection {...part} names={names} otherResidents={otherResidents} />
      <HousingSection {...part} />
      <IncomesSection {...part} names={names} otherResidents={otherResidents} />
      <ExpensesSection {...part} />
      <AssetsSection {...part} />
      <ResultSection calc={calc} names={names} />
    </>
  );
}

type DraftNote = NonNullable<CalculationDraftState['draft']>['notes'][number];

/** What the draft's prefill could not take over from the application, for the caseworker to check. */
function CalculationNotes({ notes }: { notes: readonly DraftNote[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <div className="staff-calculation-notes" data-testid="calculation-notes">
      <h3>{t('calculator.editor.notesHeading')}</h3>
      <ul>
        {notes.map((note) => (
          <li key={`${note.code}-${note.path}`}>
            {t(`calculator.editor.notes.${note.code}`, { path: note.path })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The amount (in a polite live region), why it could not be calculated, the family and the result's lines. */
function ResultSection({ calc, names }: { calc: CalculationDraftState; names: Map<string, string> }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <>
      <h3 id="calculation-result-heading">{t('calculator.editor.resultHeading')}</h3>
      <p className="staff-calculation-live" aria-live="polite" data-testid="calculation-amount">
        {calc.result && calc.upToDate
          ? t('calculator.editor.amountLive', { amount: formatEuros(calc.result.amountCents, language) })
          : calc.calculating
            ? t('calculator.editor.calculating')
            : null}
      </p>
      {calc.problem && !calc.calculating ? (
        <p className="staff-calculation-problem" role="alert">
          {calc.problem}
        </p>
      ) : null}
      {calc.result?.family ? (
        <FamilySummary family={calc.result.family} names={names} stale={!calc.upToDate} />
      ) : null}
      {calc.result ? <ResultTable result={calc.result} names={names} stale={!calc.upToDate} /> : null}
    </>
  );
}
