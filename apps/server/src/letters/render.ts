// Renders decision letters to PDF with Typst, compiled into a native Node addon
// (@myriaddreamin/typst-ts-node-compiler 0.7.0, which contains Typst 0.14.2).
//
// - One compiler instance is created once (per process, or per LetterCompiler) and reused: creating it scans
//   the fonts, and reusing it keeps Typst's memoised layout of the template between letters.
// - Fonts: only those in ./fonts. The compiler has no switch to ignore system fonts, so while it is created
//   FONTCONFIG_FILE points at ./fonts/fonts.conf, which names only that folder as the system font folder. Typst's
//   own built-in fonts are still known to the compiler, but the template sets "Noto Sans" with fallback: false,
//   so nothing else is ever used or embedded.
// - The data goes in as JSON (sys.inputs.letter) and is read by json() in the template: never as markup.
// - The work is synchronous native code (4–7 ms a letter on the project's machine, see bench/letters.ts): it
//   blocks the event loop that long. The promise
//   lets rendering move to a worker thread later without changing the callers.
// - Standards: every letter is PDF/A-2a and PDF/UA-1 at once. The compiler writes one standard at a time, so
//   the letter is written as PDF/A-2a and pdf-standards.ts adds the PDF/UA-1 declarations (the rest of Typst's
//   PDF/UA-1 file is the same as its PDF/A-2a file; see there).
// - Memory: Typst memoises layout in a global cache; it is evicted after every letter (entries unused for 10
//   letters go), which keeps a long run flat (bench/letters.ts prints the resident memory).

import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { parseIsoDate } from '@tuki/domain';
import { buildCommitmentView } from './commitment-view.ts';
import { addPdfUa1Identification } from './pdf-standards.ts';
import { commonCodePoints, createTextSanitizer, type TextSanitizer } from './sanitize.ts';
import type { DecisionLetterData, LetterOptions, PaymentCommitmentData } from './types.ts';
import { buildLetterView } from './view-model.ts';

const lettersDir = fileURLToPath(new URL('.', import.meta.url));
export const LETTER_FONTS_DIR = join(lettersDir, 'fonts');
const templatesDir = join(lettersDir, 'templates');
const decisionTemplate = join(templatesDir, 'decision-letter.typ');
const commitmentTemplate = join(templatesDir, 'payment-commitment.typ');

/** The font files shipped for the letters (Noto Sans, SIL Open Font License 1.1: fonts/OFL.txt). */
export const LETTER_FONT_FILES = ['Regular', 'Bold'].map((style) =>
  join(LETTER_FONTS_DIR, `NotoSans-${style}.ttf`),
);

/** Evict memoised results not used during this many renders (Typst's suggestion for non-watch tools: 10). */
const CACHE_MAX_AGE = 10;

export class LetterRenderError extends Error {
  override name = 'LetterRenderError';
}

export interface LetterCompiler {
  readonly typst: NodeCompiler;
  readonly sanitizer: TextSanitizer;
}

/** Creates a Typst compiler that knows only the shipped fonts. Reuse it: see sharedLetterCompiler(). */
export function createLetterCompiler(): LetterCompiler {
  const previous = process.env.FONTCONFIG_FILE;
  process.env.FONTCONFIG_FILE = join(LETTER_FONTS_DIR, 'fonts.conf');
  let typst: NodeCompiler;
  try {
    typst = NodeCompiler.create({ workspace: templatesDir });
  } finally {
    if (previous === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = previous;
  }
  return { typst, sanitizer: createTextSanitizer(commonCodePoints(LETTER_FONT_FILES)) };
}

let shared: LetterCompiler | undefined;

/** The process's compiler, created on first use. */
export function sharedLetterCompiler(): LetterCompiler {
  shared ??= createLetterCompiler();
  return shared;
}

/**
 * Renders a decision letter as PDF bytes that are PDF/A-2a and PDF/UA-1 at once (tagged, with the title and
 * language in the metadata, the sRGB output intent), every font embedded.
 * Throws LetterRenderError if Typst refuses the document; RangeError for a malformed date, month or amount.
 */
export async function renderDecisionLetter(
  letter: DecisionLetterData,
  options: LetterOptions,
  compiler: LetterCompiler = sharedLetterCompiler(),
): Promise<Uint8Array> {
  // Let the event loop turn first: the compiler's results are native objects that Node frees only in a later
  // turn of the loop, so a loop that renders letter after letter without one (a print batch) would otherwise
  // hold about 1 MB per letter until it ends.
  await nextTurn();
  const view = buildLetterView(letter, options, compiler.sanitizer);
  return compileToPdf(
    compiler,
    decisionTemplate,
    { letter: JSON.stringify(view) },
    {
      date: letter.letterDate,
      what: 'letter',
    },
  );
}

/**
 * Renders a payment commitment's document for its payee as PDF/A-2a and PDF/UA-1 bytes, in the payee's language, with the same
 * compiler and fonts as the letters. Throws LetterRenderError if Typst refuses it.
 */
export async function renderPaymentCommitment(
  commitment: PaymentCommitmentData,
  compiler: LetterCompiler = sharedLetterCompiler(),
): Promise<Uint8Array> {
  await nextTurn();
  const view = buildCommitmentView(commitment, compiler.sanitizer);
  return compileToPdf(
    compiler,
    commitmentTemplate,
    { commitment: JSON.stringify(view) },
    {
      date: commitment.issuedOn,
      what: 'payment commitment',
    },
  );
}

/**
 * Compiles a template with its JSON input and writes the PDF as PDF/A-2a, then declares PDF/UA-1 too
 * (pdf-standards.ts); the creation date is the document's date.
 */
function compileToPdf(
  compiler: LetterCompiler,
  mainFilePath: string,
  inputs: Record<string, string>,
  options: { date: string; what: string },
): Uint8Array {
  const { year, month, day } = parseIsoDate(options.date);
  const { typst } = compiler;
  try {
    const compiled = typst.compile({ mainFilePath, inputs });
    const error = compiled.takeError();
    const document = compiled.result;
    if (error !== null || document === null) {
      const diagnostics = error === null ? [] : typst.fetchDiagnostics(error);
      throw new LetterRenderError(`the ${options.what} could not be compiled: ${describe(diagnostics)}`);
    }
    try {
      const pdfA2a = typst.pdf(document, {
        pdfStandard: 'a-2a',
        // The PDF's creation date: the document's date (midnight UTC), so the same document gives the same bytes.
        creationTimestamp: Date.UTC(year, month - 1, day) / 1000,
      });
      return addPdfUa1Identification(pdfA2a);
    } catch (cause) {
      throw new LetterRenderError(`the ${options.what} could not be written as PDF: ${String(cause)}`, {
        cause,
      });
    }
  } finally {
    typst.evictCache(CACHE_MAX_AGE);
  }
}

/** Renders one decision letter to PDF: renderDecisionLetter with the process's compiler (tests pass their own). */
export type LetterRenderer = (letter: DecisionLetterData, options: LetterOptions) => Promise<Uint8Array>;

export const typstLetterRenderer: LetterRenderer = (letter, options) => renderDecisionLetter(letter, options);

/** What rendering a decision letter needs: the renderer, and the apps' address for the data-protection link. */
export interface LetterRendering {
  render: LetterRenderer;
  publicUrl: string;
}

function describe(diagnostics: unknown[]): string {
  const messages = diagnostics.map((diagnostic) =>
    typeof diagnostic === 'object' && diagnostic !== null && 'message' in diagnostic
      ? String(diagnostic.message)
      : JSON.stringify(diagnostic),
  );
  return messages.join('; ') || 'unknown error';
}
