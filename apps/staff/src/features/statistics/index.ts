// What the other parts use of statistics/ (the layer rules let them import it only through this file).
export { formatCount } from './format.ts';
