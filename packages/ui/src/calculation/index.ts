// @tuki/ui/calculation: a calculation's result as a table and the add/remove button of its form's rows, the same in
// both apps (the citizen's estimate and the handler's calculation). Apart from the package's index, so that only the pages that show a calculation load it,
// not every app's first page.

export {
  CalculationTable,
  type CalculationTableColumn,
  type CalculationTableLine,
  type CalculationTableResult,
  resourceKinds,
} from './CalculationTable.tsx';
export { RowButton } from './RowButton.tsx';
