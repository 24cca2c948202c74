// One printable PDF from many letters (pdf-lib): every page of every letter in the given order, each letter
// starting on a new sheet. A letter with an odd number of pages is followed by one blank page of the size of its
// last page, so that when the batch is printed on both sides (duplex) no letter begins on the back of the previous
// one's last sheet and every letter can be folded into its own envelope.
//
// The batch is for the printer only: pages are copied with their content, fonts and images, but not the letters'
// structure trees (tags), so it is not PDF/UA. Each client's accessible letter stays in decision_document.
import { PDFDocument } from 'pdf-lib';

export interface MergedLetters {
  pdf: Uint8Array;
  /** Pages in the batch, blank pages included. */
  pages: number;
  /** Blank pages inserted after letters with an odd page count. */
  blankPages: number;
  /** Each letter's own page count, in the order given. */
  letterPages: number[];
}

/** The A4 size in points, for a letter that has no pages to take the size from (never expected). */
const A4: [number, number] = [595.28, 841.89];

export async function mergeLetters(
  letters: readonly Uint8Array[],
  metadata: { title: string; createdAt: Date },
): Promise<MergedLetters> {
  const batch = await PDFDocument.create({ updateMetadata: false });
  batch.setTitle(metadata.title);
  batch.setCreator('Tuki');
  batch.setProducer('Tuki (pdf-lib)');
  batch.setCreationDate(metadata.createdAt);
  batch.setModificationDate(metadata.createdAt);
  let blankPages = 0;
  const letterPages: number[] = [];
  for (const bytes of letters) {
    const letter = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await batch.copyPages(letter, letter.getPageIndices());
    for (const page of pages) batch.addPage(page);
    letterPages.push(pages.length);
    if (pages.length % 2 === 1) {
      const last = pages.at(-1);
      batch.addPage(last ? [last.getWidth(), last.getHeight()] : A4);
      blankPages += 1;
    }
  }
  const pdf = await batch.save({ useObjectStreams: true });
  return { pdf, pages: batch.getPageCount(), blankPages, letterPages };
}
