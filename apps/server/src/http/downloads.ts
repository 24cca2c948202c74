// A stored PDF (a decision letter, a print batch) as a download: the same headers for every one of them.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** `attachment` saves the file (the default); `inline` shows it in the browser. */
export const dispositionQuery = z.object({
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
});

/** The 200 response of a PDF download, for the route's schema. */
export const pdfResponse = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
});

/** Sends the PDF: never cached, never sniffed, framable only by the same origin's pages, running nothing. */
export function sendPdf(
  reply: FastifyReply,
  pdf: Uint8Array,
  options: { disposition: 'inline' | 'attachment'; fileName: string },
) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-length', String(pdf.byteLength))
    .header('content-disposition', `${options.disposition}; filename="${options.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'self'")
    .send(Buffer.from(pdf));
}
