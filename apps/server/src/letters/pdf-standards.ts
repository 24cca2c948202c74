// A letter is PDF/A-2a (archival) and PDF/UA-1 (accessible) at once.
//
// Typst 0.14 can write both into one file (its command line takes `--pdf-standard a-2a,ua-1`), but the Node
// compiler (@myriaddreamin/typst-ts-node-compiler 0.7.0) passes on a single standard: `pdfStandard` is one string
// ('a-2a,ua-1' and arrays are refused). Its PDF/A-2a and PDF/UA-1 files of the same letter were compared object by
// object: the pages, content streams, fonts, structure tree, outline and document information are identical. Only
// three things differ:
// - PDF/A-2a adds the sRGB output intent (GTS_PDFA1 with an embedded ICC profile) and `pdfaid:part 2`,
//   `pdfaid:conformance A` with PDF/A extension schemas in the XMP;
// - PDF/UA-1 adds `pdfuaid:part 1` to the XMP and `/DisplayDocTitle true` to the viewer preferences.
// So a letter is exported as PDF/A-2a, and this module adds the two PDF/UA-1 declarations, which is what Typst's
// command line writes for `a-2a,ua-1`: in the XMP `pdfuaid:part 1`, described by a PDF/A extension schema as
// PDF/A-2 requires for a property outside its predefined schemas (ISO 19005-2, 6.6.2.3), and in the catalog
// `/ViewerPreferences << /DisplayDocTitle true >>` (ISO 14289-1, 7.1).
//
// Only the catalog and the metadata stream are rewritten, in place, and the cross-reference table is written
// again with the offsets that moved; every other byte Typst wrote (the tag tree, the marked content, the fonts) is
// kept as it is. A full parse and rewrite (pdf-lib) took 22 ms a letter, more than rendering it; this takes well
// under a millisecond. The file is read as Typst writes it (one cross-reference table, an uncompressed metadata
// stream, a direct viewer-preferences dictionary): anything else is refused, so a change in the compiler fails the
// letter tests rather than writing a letter that claims what it is not.

const PDFUA_NAMESPACE = 'http://www.aiim.org/pdfua/ns/id/';

/** The PDF/A extension schema that describes pdfuaid:part (the form given in ISO 14289-1 and used by veraPDF). */
const PDFUA_EXTENSION_SCHEMA =
  '<rdf:li rdf:parseType="Resource">' +
  '<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>' +
  `<pdfaSchema:namespaceURI>${PDFUA_NAMESPACE}</pdfaSchema:namespaceURI>` +
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>' +
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">' +
  '<pdfaProperty:category>internal</pdfaProperty:category>' +
  '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>' +
  '<pdfaProperty:name>part</pdfaProperty:name>' +
  '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>' +
  '</rdf:li></rdf:Seq></pdfaSchema:property>' +
  '</rdf:li>';

export class PdfStandardsError extends Error {
  override name = 'PdfStandardsError';
}

interface PdfObject {
  number: number;
  /** Byte offset of "N 0 obj". */
  start: number;
  /** Byte offset just after "endobj". */
  end: number;
  text: string;
}

/**
 * Adds the PDF/UA-1 identification to a PDF/A-2a file written by Typst, which is otherwise PDF/UA-1 already (see
 * above). Returns new bytes; throws PdfStandardsError if the file is not of the form Typst writes.
 */
export function addPdfUa1Identification(pdfA2a: Uint8Array): Uint8Array {
  // latin1: one character a byte, so string offsets are byte offsets and the binary streams pass through.
  const file = Buffer.from(pdfA2a.buffer, pdfA2a.byteOffset, pdfA2a.byteLength).toString('latin1');

  const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(file.slice(-64));
  if (!tail) throw new PdfStandardsError('no startxref at the end of the file');
  const xrefStart = Number(tail[1]);
  const xrefHead = /^xref\n0 (\d+)\n/.exec(file.slice(xrefStart, xrefStart + 32));
  if (!xrefHead) throw new PdfStandardsError('not one cross-reference table from object 0');
  const size = Number(xrefHead[1]);
  const entriesStart = xrefStart + xrefHead[0].length;
  const entries = file.slice(entriesStart, entriesStart + size * 20);
  const trailerStart = entriesStart + size * 20;
  const trailerEnd = file.lastIndexOf('startxref');
  const trailer = file.slice(trailerStart, trailerEnd);
  if (!trailer.startsWith('trailer\n<<')) throw new PdfStandardsError('no trailer after the table');
  if (/\/Encrypt\b/.test(trailer)) throw new PdfStandardsError('the file is encrypted');
  if (/\/Prev\b/.test(trailer)) throw new PdfStandardsError('the file has been updated incrementally');

  const offsets: number[] = [];
  for (let number = 0; number < size; number++) {
    const entry = entries.slice(number * 20, number * 20 + 20);
    const match = /^(\d{10}) (\d{5}) ([nf])(?: \n|\r\n| \r)$/.exec(entry);
    if (!match) throw new PdfStandardsError(`cross-reference entry ${number} is malformed`);
    offsets.push(match[3] === 'n' ? Number(match[1]) : -1);
  }

  const objectAt = (number: number): PdfObject => {
    const start = offsets[number] ?? -1;
    if (start < 0) throw new PdfStandardsError(`object ${number} is not in the file`);
    const header = `${number} 0 obj\n`;
    if (file.slice(start, start + header.length) !== header) {
      throw new PdfStandardsError(`object ${number} is not where the table says`);
    }
    const endobj = file.indexOf('endobj', start);
    if (endobj < 0) throw new PdfStandardsError(`object ${number} has no end`);
    const end = endobj + 'endobj'.length;
    return { number, start, end, text: file.slice(start, end) };
  };

  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!root) throw new PdfStandardsError('the trailer names no catalog');
  const catalog = objectAt(Number(root[1]));
  const metadataRef = /\/Metadata (\d+) 0 R/.exec(catalog.text);
  if (!metadataRef) throw new PdfStandardsError('the catalog has no metadata stream');
  const metadata = objectAt(Number(metadataRef[1]));

  const replacements = [
    { object: catalog, text: catalogWithDisplayDocTitle(catalog.text) },
    { object: metadata, text: metadataWithPdfUa(metadata) },
  ].sort((a, b) => a.object.start - b.object.start);

  const parts: string[] = [];
  let copied = 0;
  for (const { object, text } of replacements) {
    parts.push(file.slice(copied, object.start), text);
    copied = object.end;
  }
  parts.push(file.slice(copied, xrefStart));

  const moved = (offset: number) =>
    replacements.reduce(
      (shift, { object, text }) => (object.start < offset ? shift + text.length - object.text.length : shift),
      offset,
    );
  const newEntries = offsets.map((offset, number) =>
    offset < 0
      ? entries.slice(number * 20, number * 20 + 20)
      : `${String(moved(offset)).padStart(10, '0')}${entries.slice(number * 20 + 10, number * 20 + 20)}`,
  );
  const newXrefStart = parts.reduce((length, part) => length + part.length, 0);
  parts.push(xrefHead[0], ...newEntries, trailer, `startxref\n${newXrefStart}\n%%EOF`);
  return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}

function catalogWithDisplayDocTitle(catalog: string): string {
  if (/\/DisplayDocTitle\b/.test(catalog)) {
    throw new PdfStandardsError('the catalog already says whether to display the title');
  }
  if (/\/ViewerPreferences \d+ 0 R/.test(catalog)) {
    throw new PdfStandardsError('the viewer preferences are not in the catalog itself');
  }
  if (catalog.includes('/ViewerPreferences <<')) {
    return catalog.replace('/ViewerPreferences <<', '/ViewerPreferences <<\n    /DisplayDocTitle true');
  }
  const close = catalog.lastIndexOf('>>');
  return `${catalog.slice(0, close)}  /ViewerPreferences <<\n    /DisplayDocTitle true\n  >>\n${catalog.slice(close)}`;
}

function metadataWithPdfUa(metadata: PdfObject): string {
  const streamKeyword = metadata.text.indexOf('>>\nstream\n');
  if (streamKeyword < 0) throw new PdfStandardsError('the metadata is not a stream');
  const dictionary = metadata.text.slice(0, streamKeyword + 2);
  if (/\/Filter\b/.test(dictionary)) throw new PdfStandardsError('the metadata stream is compressed');
  const length = /\/Length (\d+)\n/.exec(dictionary);
  if (!length) throw new PdfStandardsError('the metadata stream has no direct length');
  const dataStart = streamKeyword + '>>\nstream\n'.length;
  const xmp = metadata.text.slice(dataStart, dataStart + Number(length[1]));
  if (metadata.text.slice(dataStart + xmp.length) !== '\nendstream\nendobj') {
    throw new PdfStandardsError('the metadata stream length does not match');
  }

  const once = (anchor: string) => {
    const at = xmp.indexOf(anchor);
    if (at < 0 || xmp.indexOf(anchor, at + 1) >= 0) {
      throw new PdfStandardsError(`the XMP has not exactly one ${anchor}`);
    }
    return at;
  };
  if (xmp.includes('pdfuaid')) throw new PdfStandardsError('the XMP already has a PDF/UA identification');
  once('<pdfaid:part>2</pdfaid:part>');
  const conformance = once('<pdfaid:conformance>A</pdfaid:conformance>');
  const description = once('<rdf:Description rdf:about=""');
  const schemasEnd = once('</rdf:Bag></pdfaExtension:schemas>');
  once('xmlns:pdfaSchema=');
  once('xmlns:pdfaProperty=');

  const insertions = [
    { at: description + '<rdf:Description rdf:about=""'.length, text: ` xmlns:pdfuaid="${PDFUA_NAMESPACE}"` },
    { at: schemasEnd, text: PDFUA_EXTENSION_SCHEMA },
    {
      at: conformance + '<pdfaid:conformance>A</pdfaid:conformance>'.length,
      text: '<pdfuaid:part>1</pdfuaid:part>',
    },
  ].sort((a, b) => a.at - b.at);
  let newXmp = '';
  let copied = 0;
  for (const { at, text } of insertions) {
    newXmp += xmp.slice(copied, at) + text;
    copied = at;
  }
  newXmp += xmp.slice(copied);

  const newDictionary = dictionary.replace(/\/Length \d+\n/, `/Length ${newXmp.length}\n`);
  return `${newDictionary}\nstream\n${newXmp}\nendstream\nendobj`;
}
