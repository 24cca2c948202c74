// Public API of @tuki/rules: the social assistance calculation and its effective-dated parameters.

export { calculate, classifyMembers, type MemberCategory, roundHalfUp } from './calculate.ts';
export {
  type CalculationExpense,
  type CalculationExpenseType,
  type CalculationFamily,
  type CalculationIncome,
  type CalculationInput,
  type CalculationLine,
  type CalculationMember,
  type CalculationResult,
  calculationDateIssues,
  calculationExpenseTypes,
  calculationFamilySchema,
  calculationInputIssues,
  calculationInputSchema,
  calculationLineSchema,
  calculationMemberSchema,
  calculationResultSchema,
  type ExpenseType,
  expenseLineKinds,
  expenseTypes,
  type HousingDivisionMethod,
  type HousingRelatedExpenseType,
  housingDivisionMethods,
  housingRelatedExpenseTypes,
  type IncomeType,
  incomeTypes,
  type LineKind,
  lineKinds,
  type MemberRole,
  memberRoles,
  monthSchema,
  type ReductionPercent,
  reductionPercents,
  resourceLineKinds,
} from './calculation-schema.ts';
export {
  type CalculationInputIssue,
  InvalidCalculationInputError,
  MissingHousingNormError,
  NoParametersForMonthError,
  ParametersNotInForceError,
  RulesError,
  UnknownMunicipalityError,
} from './errors.ts';
export { housingNormTable, housingNormYears, parseHousingNormCsv } from './housing-norms.ts';
export { ageOnFirstDayOfMonth, isMonth, type Month } from './month.ts';
export {
  type DeductionRule,
  type MunicipalNorm,
  normForHouseholdSize,
  type ParameterSet,
  parameterSetSchema,
} from './parameter-set.ts';
export { coveredMonths, orderParameterSets, parametersFor, shippedParameterSets } from './parameters.ts';
