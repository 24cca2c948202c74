// What the other parts use of data-rights/ (the layer rules let them import it only through this file).
export { DataExportSection } from './DataExportSection.tsx';
