// What the other parts use of decisions/ (the layer rules let them import it only through this file).
export {
  DecisionNotice,
  DecisionsSection,
  RectificationConcerns,
  RectificationSentNotice,
} from './DecisionSection.tsx';
