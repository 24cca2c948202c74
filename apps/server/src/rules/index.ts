// What the other parts use of rules/ (the layer rules let them import it only through this file).
export { parameterSetFor } from './parameter-sets.ts';
