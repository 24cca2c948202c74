// libxml2's xmllint, compiled to WebAssembly (xmllint-wasm), for the two things the payment files need from a real
// XML parser: validating a pain.001 file against the ISO 20022 schema before it is handed out, and parsing a
// bank's pain.002 status report (well-formedness, entities) into canonical XML that xml.ts reads.
//
// Each call runs in a worker thread of its own, so a large file does not hold up the server's event loop. The
// WebAssembly memory grows as needed up to a limit set from the document's size: libxml2 keeps the whole tree,
// which measured 16–24 MiB for a file of 10,000 payments (3.7 MB) and 48–64 MiB for 30,000 (11 MB), so the
// limit is 32 MiB and 8 bytes per byte of the document, about twice what is needed.
import { readFileSync } from 'node:fs';
import { memoryPages, validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { Failed } from '../shared/errors.ts';

const schemaFile = {
  fileName: 'pain.001.001.09.xsd',
  contents: readFileSync(new URL('./schema/pain.001.001.09.xsd', import.meta.url), 'utf8'),
};

/** Memory for a document: 32 MiB and 8 bytes per byte of the document, at most 2 GiB. */
function maxMemoryPagesFor(xml: string): number {
  const bytes = 32 * 1024 * 1024 + 8 * Buffer.byteLength(xml);
  return Math.min(Math.ceil(bytes / (64 * 1024)), 2 * memoryPages.GiB);
}

/** The first line of xmllint's messages without the file name: 'line 3: parser error : …'. */
function firstMessage(output: string): string {
  const line = output.trim().split('\n')[0] ?? '';
  return line.replace(/^document\.xml:(\d+): /, 'line $1: ') || 'the document could not be read';
}

/**
 * Runs xmllint. A document that is not well-formed makes xmllint end with a parser error, which the library
 * reports as a rejected promise: that is turned into an invalid result, so callers get one kind of answer.
 * Running out of memory says nothing about the document, so it is a Failed error.
 */
async function runXmllint(
  xml: string,
  options: { schema: typeof schemaFile } | { normalization: 'c14n' },
): Promise<XMLValidationResult> {
  try {
    return await validateXML({
      xml: { fileName: 'document.xml', contents: xml },
      maxMemoryPages: maxMemoryPagesFor(xml),
      ...options,
    });
  } catch (error) {
    const output = error instanceof Error ? error.message : String(error);
    if (output.includes('out of memory')) throw new Failed('The XML document is too large to be checked.');
    return { valid: false, errors: [], rawOutput: firstMessage(output), normalized: '' };
  }
}

export type PaymentFileValidation = { valid: true } | { valid: false; errors: string[] };

/** Validates a pain.001.001.09 file against the ISO 20022 schema; the errors are xmllint's, with the line. */
export async function validatePaymentFile(xml: string): Promise<PaymentFileValidation> {
  const result = await runXmllint(xml, { schema: schemaFile });
  if (result.valid) return { valid: true };
  const errors = result.errors.map((error) =>
    error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.message,
  );
  return { valid: false, errors: errors.length > 0 ? errors : [result.rawOutput.trim()] };
}

/** The canonical form (C14N 1.0) of a well-formed document, or the parser's first error. */
export async function canonicalXml(
  xml: string,
): Promise<{ ok: true; xml: string } | { ok: false; error: string }> {
  const result = await runXmllint(xml, { normalization: 'c14n' });
  if (result.valid) return { ok: true, xml: result.normalized };
  return { ok: false, error: firstMessage(result.rawOutput) };
}
