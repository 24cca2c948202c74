// Decision letters are PDF/A-2a and PDF/UA-1 at once (issue 13, point 4). There is no veraPDF on the project's
// machines (it needs Java and a download that cannot be made here), so these tests read the file as a validator
// would for the rules that can be decided by reading it: pdf-lib for the objects (catalog, XMP, output intent,
// fonts, structure tree, content streams), xmllint (libxml2) for the XMP's XML, poppler's pdfinfo and pdffonts
// for a second reader's view. What they cannot check is listed in docs/ARCHITECTURE.md ("Standard").

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Language } from '@tuki/domain';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { validateXML } from 'xmllint-wasm';
import {
  type DecisionLetterData,
  type LetterCalculationLine,
  letterTexts,
  renderDecisionLetter,
  sharedLetterCompiler,
} from '../src/letters/index.ts';
import { addPdfUa1Identification, PdfStandardsError } from '../src/letters/pdf-standards.ts';
import { sampleDecisionLetter, sampleLetterOptions } from '../src/letters/sample.ts';
import { buildLetterView } from '../src/letters/view-model.ts';

const outputDir = join(new URL('../../..', import.meta.url).pathname, 'test-results', 'letters');
mkdirSync(outputDir, { recursive: true });
const template = fileURLToPath(new URL('../src/letters/templates/decision-letter.typ', import.meta.url));
const languages: Language[] = ['fi', 'sv', 'en'];

function tool(command: string, args: string[]): string {
  // stderr is ignored: poppler 22 complains "Suspects object is wrong type (boolean)" about a valid /MarkInfo.
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

const name = (value: string) => PDFName.of(value);

/** A PDF read back: the document, its catalog and the decoded XMP. */
interface Letter {
  bytes: Uint8Array;
  doc: PDFDocument;
  catalog: PDFDict;
  xmp: string;
}

async function read(bytes: Uint8Array): Promise<Letter> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const metadata = doc.context.lookup(catalog.get(name('Metadata')));
  assert.ok(metadata instanceof PDFRawStream, 'the catalog has a metadata stream');
  assert.equal(metadata.dict.get(name('Filter')), undefined, 'the XMP is not compressed (PDF/A-2 6.6.2.1)');
  assert.equal(metadata.dict.get(name('Type')), name('Metadata'));
  assert.equal(metadata.dict.get(name('Subtype')), name('XML'));
  const xmp = Buffer.from(metadata.contents).toString('utf8');
  return { bytes, doc, catalog, xmp };
}

async function render(letter: DecisionLetterData, file?: string): Promise<Letter> {
  const bytes = await renderDecisionLetter(letter, sampleLetterOptions(letter.language));
  if (file) writeFileSync(join(outputDir, file), bytes);
  return read(bytes);
}

/** The letter compiled and exported by Typst itself with one standard, as the compiler offers it. */
function typstExport(letter: DecisionLetterData, pdfStandard: 'ua-1' | 'a-2a'): Uint8Array {
  const { typst, sanitizer } = sharedLetterCompiler();
  const view = buildLetterView(letter, sampleLetterOptions(letter.language), sanitizer);
  const compiled = typst.compile({ mainFilePath: template, inputs: { letter: JSON.stringify(view) } });
  const document = compiled.result;
  assert.ok(document, 'the letter compiles');
  const { year, month, day } = parseDate(letter.letterDate);
  try {
    return typst.pdf(document, { pdfStandard, creationTimestamp: Date.UTC(year, month - 1, day) / 1000 });
  } finally {
    typst.evictCache(10);
  }
}

function parseDate(iso: string) {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}

function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}

/** One XMP property's simple value, e.g. <pdfaid:part>2</pdfaid:part>. */
function xmpValues(xmp: string, property: string): string[] {
  return [...xmp.matchAll(new RegExp(`<${property}>([^<]*)</${property}>`, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

/** A long letter: a calculation table over several pages and many paragraphs of reasons. */
function longLetter(): DecisionLetterData {
  const letter = sampleDecisionLetter('fi');
  const extra: LetterCalculationLine[] = Array.from({ length: 60 }, (_, index) => ({
    section: index % 2 === 0 ? 'expenses' : 'income',
    kind: index % 2 === 0 ? 'expense' : 'income',
    label: `Erä ${index + 1}`,
    amountCents: 10_000 + index,
    legalReference: 'TTL 7 §',
  }));
  letter.calculation?.lines.push(...extra);
  letter.reasons = Array.from(
    { length: 12 },
    (_, index) => `Perustelu ${index + 1}. ${'Tulot ja menot. '.repeat(20)}`,
  );
  return letter;
}

function rejection(): DecisionLetterData {
  return {
    ...sampleDecisionLetter('sv'),
    outcome: 'rejected',
    amountCents: 0,
    calculation: null,
    payment: null,
    reasons: ['Kontoutdrag för de två senaste månaderna har inte lämnats in trots begäran.'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The structure tree, walked as a reader of tagged PDF does.

interface StructNode {
  ref: PDFRef | undefined;
  type: string;
  /** The standard type the role map gives (the type itself when it is standard). */
  standardType: string;
  title: string | undefined;
  alt: string | undefined;
  dict: PDFDict;
  children: StructNode[];
  /** Marked content this element owns: page and MCID. */
  content: { page: PDFRef; mcid: number }[];
}

/** The standard structure types of ISO 32000-1, 14.8.4. */
const standardTypes = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl ' +
    'LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu ' +
    'WT WP Figure Formula Form'
  ).split(' '),
);

function structureTree(letter: Letter): StructNode {
  const { doc, catalog } = letter;
  const root = doc.context.lookup(catalog.get(name('StructTreeRoot')));
  assert.ok(root instanceof PDFDict, 'the catalog has a structure tree');
  assert.equal(root.get(name('Type')), name('StructTreeRoot'));
  const roleMap = doc.context.lookup(root.get(name('RoleMap')));
  const mapped = (type: string): string => {
    let current = type;
    for (let step = 0; step < 10 && !standardTypes.has(current); step++) {
      const target = roleMap instanceof PDFDict ? roleMap.get(name(current)) : undefined;
      assert.ok(target instanceof PDFName, `the role map gives a standard type for /${type}`);
      current = target.decodeText();
    }
    return current;
  };

  const walk = (ref: PDFRef | undefined, dict: PDFDict, inheritedPage: PDFRef | undefined): StructNode => {
    const isRoot = dict === root;
    const type = isRoot
      ? 'StructTreeRoot'
      : ((dict.get(name('S')) as PDFName | undefined)?.decodeText() ?? '');
    const page = (dict.get(name('Pg')) as PDFRef | undefined) ?? inheritedPage;
    const node: StructNode = {
      ref,
      type,
      standardType: isRoot ? type : mapped(type),
      title: text(dict.get(name('T'))),
      alt: text(dict.get(name('Alt'))),
      dict,
      children: [],
      content: [],
    };
    const kids = dict.get(name('K'));
    const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
    for (const kid of items) {
      if (kid instanceof PDFNumber) {
        assert.ok(page, `MCID ${kid.asNumber()} of /${type} has a page`);
        node.content.push({ page, mcid: kid.asNumber() });
      } else if (kid instanceof PDFRef) {
        const child = doc.context.lookup(kid);
        assert.ok(child instanceof PDFDict, 'a structure kid is a dictionary');
        const kind = child.get(name('Type'));
        if (kind === name('OBJR')) continue;
        node.children.push(walk(kid, child, page));
      } else if (kid instanceof PDFDict) {
        assert.equal(kid.get(name('Type')), name('MCR'), 'a direct kid is a marked-content reference');
        const mcrPage = (kid.get(name('Pg')) as PDFRef | undefined) ?? page;
        assert.ok(mcrPage);
        node.content.push({ page: mcrPage, mcid: (kid.get(name('MCID')) as PDFNumber).asNumber() });
      } else {
        assert.fail(`unexpected structure kid ${String(kid)}`);
      }
    }
    return node;
  };
  const top = walk(undefined, root, undefined);
  return top;
}

function flatten(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

// ---------------------------------------------------------------------------------------------------------------
// Page content: every painted thing inside marked content that is either an artifact or has an MCID.

interface MarkedContentReport {
  mcids: number[];
  painted: number;
  unmarked: string[];
}

const paintingOperators = new Set([
  'Tj',
  'TJ',
  "'",
  '"',
  'f',
  'F',
  'f*',
  'S',
  's',
  'B',
  'B*',
  'b',
  'b*',
  'sh',
  'Do',
  'BI',
]);
const delimiters = '()<>[]{}/%';

function markedContent(content: string): MarkedContentReport {
  const stack: { tag: string; mcid: number | undefined }[] = [];
  const report: MarkedContentReport = { mcids: [], painted: 0, unmarked: [] };
  let operands: string[] = [];
  let i = 0;
  const n = content.length;
  const isSpace = (c: string | undefined) => c !== undefined && ' \t\r\n\f\0'.includes(c);
  while (i < n) {
    const c = content[i] ?? '';
    if (isSpace(c)) {
      i++;
    } else if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 0;
      const start = i;
      do {
        const d = content[i];
        if (d === '\\') i++;
        else if (d === '(') depth++;
        else if (d === ')') depth--;
        i++;
      } while (i < n && depth > 0);
      operands.push(content.slice(start, i));
    } else if (c === '<' && content[i + 1] === '<') {
      let depth = 0;
      const start = i;
      do {
        if (content.startsWith('<<', i)) {
          depth++;
          i += 2;
        } else if (content.startsWith('>>', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (i < n && depth > 0);
      operands.push(content.slice(start, i));
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      operands.push(content.slice(i, end + 1));
      i = end + 1;
    } else if (c === '[' || c === ']') {
      operands.push(c);
      i++;
    } else {
      const start = i;
      i++;
      while (i < n && !isSpace(content[i]) && !delimiters.includes(content[i] ?? '')) i++;
      const token = content.slice(start, i);
      if (c === '/' || /^[+-]?[\d.]/.test(token)) {
        operands.push(token);
        continue;
      }
      // An operator.
      if (token === 'BDC' || token === 'BMC') {
        const tag = operands.at(token === 'BDC' ? -2 : -1) ?? '';
        const properties = token === 'BDC' ? (operands.at(-1) ?? '') : '';
        const mcid = /\/MCID\s+(\d+)/.exec(properties);
        stack.push({ tag, mcid: mcid ? Number(mcid[1]) : undefined });
        if (mcid) report.mcids.push(Number(mcid[1]));
      } else if (token === 'EMC') {
        assert.ok(stack.pop(), 'EMC closes a marked-content sequence');
      } else if (paintingOperators.has(token)) {
        report.painted++;
        const marked = stack.some((entry) => entry.tag === '/Artifact' || entry.mcid !== undefined);
        if (!marked) report.unmarked.push(`${operands.join(' ').slice(0, 60)} ${token}`);
      }
      operands = [];
    }
  }
  assert.equal(stack.length, 0, 'every marked-content sequence is closed');
  return report;
}

function pageContent(letter: Letter, pageIndex: number): string {
  const page = letter.doc.getPage(pageIndex);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [page.node.get(name('Contents'))];
  return streams
    .map((ref) => {
      const stream = letter.doc.context.lookup(ref);
      assert.ok(stream instanceof PDFRawStream);
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

function assertIdentification(letter: Letter, language: Language): void {
  const { xmp } = letter;
  assert.deepEqual(xmpValues(xmp, 'pdfaid:part'), ['2'], 'PDF/A part 2');
  assert.deepEqual(xmpValues(xmp, 'pdfaid:conformance'), ['A'], 'PDF/A conformance level A');
  assert.deepEqual(xmpValues(xmp, 'pdfuaid:part'), ['1'], 'PDF/UA part 1');
  assert.match(xmp, /xmlns:pdfaid="http:\/\/www\.aiim\.org\/pdfa\/ns\/id\/"/);
  assert.match(xmp, /xmlns:pdfuaid="http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/"/);

  // PDF/A-2 accepts a property outside its predefined schemas only with a PDF/A extension schema describing it.
  const schemas = [...xmp.matchAll(/<pdfaSchema:namespaceURI>([^<]*)<\/pdfaSchema:namespaceURI>/g)].map(
    (match) => match[1],
  );
  assert.ok(schemas.includes('http://www.aiim.org/pdfua/ns/id/'), 'pdfuaid is described for PDF/A');
  const uaSchema =
    /<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>PDF\/UA identification schema.*?<\/pdfaSchema:property><\/rdf:li>/.exec(
      xmp,
    )?.[0];
  assert.ok(uaSchema, 'the PDF/UA identification schema');
  assert.match(uaSchema, /<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/);
  assert.match(uaSchema, /<pdfaProperty:name>part<\/pdfaProperty:name>/);
  assert.match(uaSchema, /<pdfaProperty:valueType>Integer<\/pdfaProperty:valueType>/);
  assert.match(uaSchema, /<pdfaProperty:category>internal<\/pdfaProperty:category>/);

  // The title and language: in the XMP (PDF/UA 7.1), the document information (PDF/A: the same values) and the
  // catalog.
  const title = letterTexts[language].title;
  assert.match(
    xmp,
    new RegExp(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`),
  );
  assert.equal(letter.doc.getTitle(), title, 'the document information has the same title');
  // English letters are not tied to Finland's English: 'en'.
  const lang = language === 'en' ? 'en' : `${language}-FI`;
  assert.match(xmp, new RegExp(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`));
  assert.equal(text(letter.catalog.get(name('Lang'))), lang, 'the catalog /Lang');
  assert.equal(xmpValues(xmp, 'xmp:CreatorTool')[0], letter.doc.getCreator(), 'Creator = xmp:CreatorTool');
}

function assertCatalog(letter: Letter): void {
  const { catalog, doc } = letter;
  const markInfo = doc.context.lookup(catalog.get(name('MarkInfo')));
  assert.ok(markInfo instanceof PDFDict, '/MarkInfo');
  assert.equal(markInfo.get(name('Marked')), PDFBool.True, '/Marked true');
  assert.notEqual(markInfo.get(name('Suspects')), PDFBool.True, 'no suspects');
  assert.ok(doc.context.lookup(catalog.get(name('StructTreeRoot'))) instanceof PDFDict, '/StructTreeRoot');
  const preferences = doc.context.lookup(catalog.get(name('ViewerPreferences')));
  assert.ok(preferences instanceof PDFDict, '/ViewerPreferences');
  assert.equal(preferences.get(name('DisplayDocTitle')), PDFBool.True, '/DisplayDocTitle true');

  // The output intent: GTS_PDFA1 with an embedded ICC profile for the RGB the letter is painted in.
  const intents = doc.context.lookup(catalog.get(name('OutputIntents')));
  assert.ok(intents instanceof PDFArray, '/OutputIntents');
  const pdfa = intents
    .asArray()
    .map((intent) => doc.context.lookup(intent))
    .filter(
      (intent): intent is PDFDict => intent instanceof PDFDict && intent.get(name('S')) === name('GTS_PDFA1'),
    );
  assert.equal(pdfa.length, 1, 'one GTS_PDFA1 output intent');
  const intent = pdfa[0] as PDFDict;
  assert.equal(intent.get(name('Type')), name('OutputIntent'));
  assert.ok(text(intent.get(name('OutputConditionIdentifier'))), 'an output condition identifier');
  const profile = doc.context.lookup(intent.get(name('DestOutputProfile')));
  assert.ok(profile instanceof PDFRawStream, 'the ICC profile is embedded');
  assert.equal((profile.dict.get(name('N')) as PDFNumber).asNumber(), 3, 'three components');
  const icc = Buffer.from(decodePDFRawStream(profile).decode());
  assert.equal(icc.readUInt32BE(0), icc.length, 'the ICC header gives the profile size');
  assert.equal(icc.toString('latin1', 36, 40), 'acsp', 'the ICC signature');
  assert.equal(icc.toString('latin1', 16, 20), 'RGB ', 'an RGB profile');
  assert.ok(['mntr', 'prtr'].includes(icc.toString('latin1', 12, 16)), 'a display or output profile class');
}

function assertNoEncryptionNorActions(letter: Letter): void {
  const { doc, bytes } = letter;
  assert.equal(doc.context.trailerInfo.Encrypt, undefined, 'no /Encrypt');
  assert.ok(doc.context.trailerInfo.ID, 'the trailer has a file identifier (PDF/A-2 6.1.3)');
  // No scripts, no actions run on opening or by events, no forms, no attachments, no annotations (a link added
  // later must be looked at for both standards: PDF/UA wants it tagged with a description).
  const forbidden = ['JS', 'JavaScript', 'AA', 'OpenAction', 'Launch', 'EmbeddedFiles', 'AcroForm', 'Annots'];
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined, path: string) => {
    if (object === undefined || seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFDict || object instanceof PDFRawStream) {
      const dict = object instanceof PDFRawStream ? object.dict : object;
      for (const [key, value] of dict.entries()) {
        assert.ok(!forbidden.includes(key.decodeText()), `/${key.decodeText()} at ${path}`);
        // /A is a structure element's attributes (/O …) or an action (/S …): only the first.
        const target = doc.context.lookup(value);
        if (key === name('A') && target instanceof PDFDict)
          assert.equal(target.get(name('S')), undefined, `an action at ${path}`);
        if (key !== name('Parent') && key !== name('P')) visit(value, `${path}/${key.decodeText()}`);
      }
    } else if (object instanceof PDFArray) {
      for (const [index, value] of object.asArray().entries()) visit(value, `${path}[${index}]`);
    } else if (object instanceof PDFRef) {
      visit(doc.context.lookup(object), path);
    }
  };
  for (const [ref, object] of doc.context.enumerateIndirectObjects())
    visit(object, `${ref.objectNumber} 0 R`);
  const info = tool('pdfinfo', [writeTemp(bytes)]);
  assert.match(info, /^Encrypted:\s+no$/m);
  assert.match(info, /^JavaScript:\s+no$/m);
  assert.match(info, /^Form:\s+none$/m);
}

let temporary = 0;
function writeTemp(bytes: Uint8Array): string {
  const file = join(outputDir, `standards-read-${temporary++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function assertFontsEmbedded(letter: Letter): void {
  const { doc } = letter;
  let fonts = 0;
  for (const page of doc.getPages()) {
    const resources = page.node.Resources();
    const fontDict = resources && doc.context.lookup(resources.get(name('Font')));
    assert.ok(fontDict instanceof PDFDict, 'the page names its fonts');
    for (const [, ref] of fontDict.entries()) {
      const font = doc.context.lookup(ref);
      assert.ok(font instanceof PDFDict);
      fonts++;
      const subtype = font.get(name('Subtype'));
      const described =
        subtype === name('Type0')
          ? doc.context.lookup((doc.context.lookup(font.get(name('DescendantFonts'))) as PDFArray).get(0))
          : font;
      assert.ok(described instanceof PDFDict, 'the font is described');
      const descriptor = doc.context.lookup(described.get(name('FontDescriptor')));
      assert.ok(descriptor instanceof PDFDict, `${String(font.get(name('BaseFont')))} has a font descriptor`);
      const file = ['FontFile', 'FontFile2', 'FontFile3']
        .map((key) => descriptor.get(name(key)))
        .find(Boolean);
      assert.ok(file && doc.context.lookup(file) instanceof PDFRawStream, 'the font program is embedded');
      if (subtype === name('Type0'))
        assert.ok(font.get(name('ToUnicode')), 'a ToUnicode map (PDF/A-2a 6.2.11.7)');
    }
  }
  assert.ok(fonts >= 2, 'regular and bold');
  const rows = tool('pdffonts', [writeTemp(letter.bytes)])
    .trim()
    .split('\n')
    .slice(2);
  assert.ok(rows.length >= 2);
  for (const row of rows) assert.equal(row.trim().split(/\s+/).at(-5), 'yes', `embedded: ${row}`);
}

/** The headings the letter has, in the order it has them. */
function expectedHeadings(letter: DecisionLetterData): { level: number; title: string }[] {
  const texts = letterTexts[letter.language];
  const appeal = texts.appeal;
  return [
    { level: 1, title: texts.title },
    { level: 2, title: texts.partiesHeading },
    ...(letter.calculation ? [{ level: 2, title: texts.calculationHeading }] : []),
    ...(letter.reasons.length > 0 ? [{ level: 2, title: texts.reasonsHeading }] : []),
    ...(letter.legalProvisions.length > 0 ? [{ level: 2, title: texts.legalProvisionsHeading }] : []),
    ...(letter.payment ? [{ level: 2, title: texts.paymentHeading }] : []),
    { level: 2, title: texts.decisionMakerHeading },
    { level: 2, title: texts.contactHeading },
    { level: 2, title: appeal.heading },
    ...[appeal.timeHeading, appeal.howHeading, appeal.contentsHeading, appeal.furtherHeading].map(
      (title) => ({
        level: 3,
        title,
      }),
    ),
    { level: 2, title: texts.dataProtectionHeading },
  ];
}

function assertStructure(letter: Letter, data: DecisionLetterData): void {
  const tree = structureTree(letter);
  assert.equal(tree.children.length, 1, 'one top element');
  const document = tree.children[0] as StructNode;
  assert.equal(document.standardType, 'Document');
  const elements = flatten(document);

  // Headings: the letter's, in order, levels never skipped, each with its title.
  const headings = elements
    .filter((element) => /^H\d$/.test(element.standardType))
    .map((element) => ({ level: Number(element.standardType.slice(1)), title: element.title ?? '' }));
  assert.deepEqual(headings, expectedHeadings(data));

  // Order in the reading: the calculation table follows its heading and comes before the reasons.
  const order = document.children.map((child) =>
    /^H\d$/.test(child.standardType) ? child.title : child.standardType,
  );
  const texts = letterTexts[data.language];
  const tables = elements.filter((element) => element.standardType === 'Table');
  if (data.calculation) {
    assert.equal(tables.length, 1, 'the calculation is one table');
    const calculationAt = order.indexOf(texts.calculationHeading);
    const tableAt = order.indexOf('Table');
    assert.ok(calculationAt >= 0 && tableAt > calculationAt, 'the table after its heading');
    if (data.reasons.length > 0)
      assert.ok(tableAt < order.indexOf(texts.reasonsHeading), 'before the reasons');
    const table = tables[0] as StructNode;
    const cells = flatten(table);
    const headerCells = cells.filter((cell) => cell.standardType === 'TH');
    assert.equal(headerCells.length, 3, 'three column headings');
    const ids = new Set(headerCells.map((cell) => text(cell.dict.get(name('ID')))));
    const dataCells = cells.filter((cell) => cell.standardType === 'TD');
    assert.ok(dataCells.length >= (data.calculation.lines.length ?? 0) * 3, 'a cell for every value');
    for (const cell of dataCells) {
      const attributes = letter.doc.context.lookup(cell.dict.get(name('A')));
      const list = attributes instanceof PDFArray ? attributes.asArray() : [attributes];
      const headers = list
        .map((attribute) => letter.doc.context.lookup(attribute))
        .flatMap((attribute) =>
          attribute instanceof PDFDict && attribute.get(name('Headers')) instanceof PDFArray
            ? (attribute.get(name('Headers')) as PDFArray).asArray().map((id) => text(id))
            : [],
        );
      assert.ok(
        headers.length > 0 && headers.every((id) => ids.has(id)),
        'each data cell names its headings',
      );
    }
  } else {
    assert.equal(tables.length, 0, 'no table without a calculation');
  }
  assert.ok(elements.filter((element) => element.standardType === 'P').length >= 10, 'paragraphs');
  assert.ok(
    elements.some((element) => element.standardType === 'L'),
    'lists',
  );

  // Figures carry alternative text (the letter has no pictures today; one added later must say what it shows).
  for (const figure of elements.filter(
    (element) => element.standardType === 'Figure' || element.standardType === 'Formula',
  )) {
    assert.ok(figure.alt && figure.alt.trim() !== '', `/${figure.type} has /Alt`);
  }

  // Every page: all that is painted is in marked content, an artifact or real content with an MCID; each MCID
  // once, owned by exactly the structure element the parent tree names for it.
  const byPage = new Map<string, Map<number, StructNode>>();
  for (const element of elements) {
    for (const { page, mcid } of element.content) {
      const key = page.toString();
      const owners = byPage.get(key) ?? new Map<number, StructNode>();
      assert.ok(!owners.has(mcid), `MCID ${mcid} on ${key} is owned once`);
      owners.set(mcid, element);
      byPage.set(key, owners);
    }
  }
  const root = letter.doc.context.lookup(letter.catalog.get(name('StructTreeRoot'))) as PDFDict;
  const parentTree = letter.doc.context.lookup(root.get(name('ParentTree'))) as PDFDict;
  const nums = (letter.doc.context.lookup(parentTree.get(name('Nums'))) as PDFArray).asArray();
  const parentArrays = new Map<number, PDFArray>();
  for (let index = 0; index < nums.length; index += 2) {
    parentArrays.set(
      (nums[index] as PDFNumber).asNumber(),
      letter.doc.context.lookup(nums[index + 1]) as PDFArray,
    );
  }
  const pages = letter.doc.getPages();
  for (const [index, page] of pages.entries()) {
    const report = markedContent(pageContent(letter, index));
    assert.ok(report.painted > 0, `page ${index + 1} paints something`);
    assert.deepEqual(report.unmarked, [], `page ${index + 1}: nothing painted outside marked content`);
    const owners = byPage.get(page.ref.toString()) ?? new Map();
    assert.deepEqual(
      [...report.mcids].sort((a, b) => a - b),
      [...owners.keys()].sort((a, b) => a - b),
      `page ${index + 1}: the MCIDs of the content are those of the structure tree`,
    );
    const key = (page.node.get(name('StructParents')) as PDFNumber).asNumber();
    const parents = parentArrays.get(key);
    assert.ok(parents, `page ${index + 1} has its parent-tree entry`);
    for (const [mcid, owner] of owners) {
      assert.equal(
        parents.get(mcid),
        owner.ref,
        `page ${index + 1}, MCID ${mcid}: the parent tree names its owner`,
      );
    }
  }
}

/** The cross-reference table of the rewritten file points at every object. */
function assertCrossReferences(bytes: Uint8Array): void {
  const file = Buffer.from(bytes).toString('latin1');
  assert.ok(file.startsWith('%PDF-1.7\n%'), 'a PDF 1.7 header');
  assert.ok(
    [...file.slice(10, 14)].every((c) => c.charCodeAt(0) > 127),
    'a binary comment line (PDF/A-2 6.1.2)',
  );
  assert.ok(file.endsWith('\n%%EOF'), 'nothing after %%EOF');
  assert.equal(file.match(/\ntrailer\n/g)?.length, 1, 'one revision: one trailer');
  const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(file)?.[1]);
  assert.ok(file.startsWith('xref\n0 ', startxref), 'startxref points at the table');
  const header = /^xref\n0 (\d+)\n/.exec(file.slice(startxref)) as RegExpExecArray;
  const size = Number(header[1]);
  let objects = 0;
  for (let number = 1; number < size; number++) {
    const entry = file.slice(
      startxref + header[0].length + number * 20,
      startxref + header[0].length + number * 20 + 18,
    );
    const [offset, , kind] = entry.split(' ');
    if (kind !== 'n') continue;
    objects++;
    assert.ok(
      file.startsWith(`${number} 0 obj\n`, Number(offset)),
      `object ${number} is where the table says`,
    );
  }
  assert.equal(objects, size - 1, 'every object is in use');
}

describe('decision letters are PDF/A-2a and PDF/UA-1 at once', () => {
  for (const language of languages) {
    test(`${language}: the identification, the catalog, fonts, no encryption or actions`, async () => {
      const letter = await render(sampleDecisionLetter(language), `standards-${language}.pdf`);
      assertIdentification(letter, language);
      assertCatalog(letter);
      assertFontsEmbedded(letter);
      assertNoEncryptionNorActions(letter);
      assertCrossReferences(letter.bytes);

      // The XMP is well-formed XML with every prefix declared (libxml2; a namespace error fails c14n).
      const checked = await validateXML({
        xml: [
          {
            fileName: 'xmp.xml',
            contents: letter.xmp.replace(/^<\?xpacket[^>]*>/, '').replace(/<\?xpacket[^>]*>$/, ''),
          },
        ],
        normalization: 'c14n',
      });
      assert.ok(checked.valid, checked.rawOutput);
      assert.ok(checked.normalized.includes('<pdfuaid:part>1</pdfuaid:part>'));

      // poppler reads the same.
      const file = writeTemp(letter.bytes);
      assert.match(tool('pdfinfo', [file]), /^Tagged:\s+yes$/m);
      const meta = tool('pdfinfo', ['-meta', file]);
      assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
      assert.match(meta, /<pdfuaid:part>1<\/pdfuaid:part>/);
    });
  }

  const variants: [string, () => DecisionLetterData][] = [
    ['the sample letter (fi)', () => sampleDecisionLetter('fi')],
    ['an English letter', () => sampleDecisionLetter('en')],
    ['a rejection without calculation or payment (sv)', rejection],
    ['a long letter whose table runs over pages', longLetter],
  ];
  for (const [label, make] of variants) {
    test(`${label}: headings, paragraphs and table in order, every page's content marked`, async () => {
      const data = make();
      const letter = await render(data);
      assertStructure(letter, data);
    });
  }

  for (const [label, make] of variants) {
    test(`${label}: Typst's own PDF/UA-1 file, with only the PDF/A additions`, async () => {
      const data = make();
      const ours = await render(data);
      // Typst checks PDF/UA-1 while it writes a PDF/UA-1 file (a title, alternative text, heading levels, every
      // character mapped): that export succeeding means the letter passes those checks...
      const ua = await read(typstExport(data, 'ua-1'));
      // ...and its file is ours apart from what PDF/A adds: the same pages, content, fonts and structure.
      assert.deepEqual(summary(ours), summary(ua));
      for (const property of ['dc:title', 'dc:language', 'pdfuaid:part', 'dc:creator', 'xmp:CreateDate']) {
        assert.deepEqual(xmpBlock(ours.xmp, property), xmpBlock(ua.xmp, property), property);
      }
      assert.equal(
        ua.catalog.get(name('OutputIntents')),
        undefined,
        'Typst’s PDF/UA-1 file has no output intent',
      );
      // And it is Typst's PDF/A-2a file byte for byte, apart from the catalog and the XMP.
      const a2a = await read(typstExport(data, 'a-2a'));
      assert.deepEqual(summary(ours), summary(a2a));
      assert.deepEqual(catalogKeys(ours), catalogKeys(a2a));
    });
  }
});

function xmpBlock(xmp: string, property: string): string | undefined {
  return new RegExp(`<${property}>.*?</${property}>`).exec(xmp)?.[0];
}

function catalogKeys(letter: Letter): string[] {
  return letter.catalog
    .entries()
    .map(([key]) => key.decodeText())
    .sort();
}

/** What a reader sees of a letter apart from its identification: pages, content, fonts, structure, outline. */
function summary(letter: Letter) {
  const tree = structureTree(letter);
  const pageIndex = new Map(letter.doc.getPages().map((page, index) => [page.ref.toString(), index]));
  const describe = (node: StructNode): unknown => ({
    type: node.type,
    title: node.title,
    alt: node.alt,
    content: node.content.map(({ page, mcid }) => [pageIndex.get(page.toString()), mcid]),
    children: node.children.map(describe),
  });
  return {
    info: [
      letter.doc.getTitle(),
      letter.doc.getAuthor(),
      letter.doc.getCreator(),
      letter.doc.getCreationDate(),
    ],
    lang: text(letter.catalog.get(name('Lang'))),
    pages: letter.doc.getPages().map((_, index) => pageContent(letter, index)),
    fonts: letter.doc
      .getPages()
      .flatMap((page) => (page.node.Resources()?.get(name('Font')) as PDFDict | undefined)?.keys() ?? [])
      .map(String),
    structure: describe(tree),
    outline: letter.doc.context.lookup(letter.catalog.get(name('Outlines'))) !== undefined,
  };
}

describe('adding the PDF/UA-1 identification', () => {
  test('refuses a file that is not PDF/A-2a, or is already declared, or is cut short', async () => {
    const data = sampleDecisionLetter('fi');
    assert.throws(() => addPdfUa1Identification(typstExport(data, 'ua-1')), PdfStandardsError);
    const both = addPdfUa1Identification(typstExport(data, 'a-2a'));
    assert.throws(() => addPdfUa1Identification(both), /already/);
    assert.throws(() => addPdfUa1Identification(both.slice(0, both.length - 100)), PdfStandardsError);
  });

  test('the same letter gives the same bytes', () => {
    const data = sampleDecisionLetter('sv');
    const first = addPdfUa1Identification(typstExport(data, 'a-2a'));
    const second = addPdfUa1Identification(typstExport(data, 'a-2a'));
    assert.deepEqual(Buffer.from(first), Buffer.from(second));
    assertCrossReferences(first);
  });
});

describe('the marked-content check itself', () => {
  test('finds painting outside marked content, and accepts artifacts and MCIDs', () => {
    const unmarked = markedContent('q BT /f0 12 Tf (Hello) Tj ET 0 0 10 10 re f Q');
    assert.equal(unmarked.painted, 2);
    assert.equal(unmarked.unmarked.length, 2);
    const marked = markedContent(
      '/P << /MCID 0 >> BDC BT [(a\\)b) 5 <00410042>] TJ ET EMC /Artifact BMC 0 0 1 1 re f EMC ' +
        '/Artifact << /Type /Pagination >> BDC BT (1 \\(3\\)) Tj ET EMC /Span << /MCID 1 >> BDC q EMC',
    );
    assert.deepEqual(marked.unmarked, []);
    assert.equal(marked.painted, 3);
    assert.deepEqual(marked.mcids, [0, 1]);
    assert.throws(() => markedContent('/P << /MCID 0 >> BDC BT (x) Tj ET'), /closed/);
  });
});
