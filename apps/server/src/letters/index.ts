// Decision letters as PDF (issue 5, point 6). See render.ts for how, types.ts for the data.

export { formatDate, formatEuros, formatMonth } from './format.ts';
export { formatProvisionList, formatTableReference, parseLegalReference } from './legal-references.ts';
export {
  DATA_PROTECTION_NOTICE_PATH,
  dataProtectionContact,
  invoicingInstructions,
  officeLetterhead,
  rectificationAuthority,
} from './office.ts';
export {
  createLetterCompiler,
  LETTER_FONT_FILES,
  type LetterCompiler,
  LetterRenderError,
  type LetterRenderer,
  type LetterRendering,
  renderDecisionLetter,
  renderPaymentCommitment,
  sharedLetterCompiler,
  typstLetterRenderer,
} from './render.ts';
export { type LetterTexts, letterTexts } from './texts.ts';
export type * from './types.ts';
export { calculationSectionOf } from './view-model.ts';
