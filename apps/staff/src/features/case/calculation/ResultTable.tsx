// The calculation's result line by line (the table both apps show, with the member and the legal reference of each
// line), and the version of the parameters it was calculated with.

import { useT } from '@tuki/ui';
import { CalculationTable } from '@tuki/ui/calculation';
import type { CalculationResult } from './format.ts';

/** The result line by line: a table with a caption, column headers and the totals in its footer. */
export function ResultTable({
  result,
  names,
  stale = false,
}: {
  result: CalculationResult;
  names: Map<string, string>;
  stale?: boolean;
}) {
  const t = useT();
  return (
    <div
      className={`tuki-calculation-table staff-calculation-table${stale ? ' staff-calculation-table--stale' : ''}`}
    >
      <CalculationTable
        result={result}
        testId="calculation-result"
        columns={[
          {
            header: t('calculation.columns.member'),
            cell: (line) => (line.memberId ? (names.get(line.memberId) ?? line.memberId) : ''),
          },
          {
            header: t('calculation.columns.legalReference'),
            cell: (line) => line.legalReference,
            className: 'staff-calculation-reference',
          },
        ]}
      />
      <p className="staff-muted">
        {t('calculation.parametersVersion', { version: result.parametersVersion })}
      </p>
    </div>
  );
}
