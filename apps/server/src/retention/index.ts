// What the other parts use of retention/ (the layer rules let them import it only through this file).
export { readRetentionRules } from './retention-plan.ts';
