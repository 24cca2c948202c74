// What the other parts use of calculator/ (the layer rules let them import it only through this file).
export { lineText, resourceKinds } from './line-text.ts';
