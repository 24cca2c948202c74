// What the other parts use of duplicates/ (the layer rules let them import it only through this file).
export { DuplicateWarning, MergedNotice } from './DuplicateNotices.tsx';
