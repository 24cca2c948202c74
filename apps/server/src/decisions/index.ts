// What the other parts use of decisions/ (the layer rules let them import it only through this file).

export {
  type DecisionView,
  decisionOutcomeSchema,
  decisionSchema,
  presentDecision,
  presentRectification,
  rectificationSchema,
} from './decision.presenter.ts';
export { dispatchOf, letterOptionsFor } from './decision-letter.ts';
export {
  type DecisionRecord,
  findDecisionLetterPdf,
  findRectificationOfCase,
  listDecisionIdsWithLetter,
  listDecisionsOfApplication,
  type RectificationRecord,
  returnLetterToPrintQueue,
} from './decisions.repository.ts';
export { notificationOf } from './notification.ts';
export { renderLettersOfPerson } from './pending-letters.ts';
