// A calculation line's text and the kinds of line that are resources: the same as the calculator page's
// (calculationLineText of @tuki/i18n, shared with the staff app and the letter).
export { lineText, resourceKinds } from '../calculator/index.ts';
