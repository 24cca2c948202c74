// Hostile files, made here: PDFs with active content (plain, with escaped names, inside a compressed object
// stream), a PDF whose stream inflates far beyond its size, and images whose headers claim huge pixel counts.
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { greyPng } from './png.ts';

/** A PDF of the given objects (numbered from 1; object 1 is the catalog), with a cross-reference table. */
export function pdfOf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((object, index) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      typeof object === 'string' ? Buffer.from(object, 'latin1') : object,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

/** A stream object: its dictionary entries and its (already encoded) data. */
export function streamObject(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>';

/** A catalog that runs JavaScript when opened. */
export const openActionJavaScriptPdf = () =>
  pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>',
    pages,
    page,
  ]);

/** A page link that launches a program. */
export const launchPdf = () =>
  pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    pages,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Link /Rect [0 0 200 200] /A << /S /Launch /F (cmd.exe) >> >>',
  ]);

/** JavaScript with every name escaped (/J#61vaScript). */
export const escapedNamesPdf = () =>
  pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /Op#65nAction 4 0 R >>',
    pages,
    page,
    '<< /#53 /J#61v#61Script /J#53 (app.alert\\(1\\)) >>',
  ]);

/** The catalog and an additional action inside a FlateDecode object stream. */
export function objectStreamPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R /AA << /O 5 0 R >> >>', pages];
  const heads = objects.map((_, index) => index + 1);
  let offset = 0;
  const offsets = objects.map((object) => {
    const at = offset;
    offset += object.length + 1;
    return at;
  });
  const header = heads.map((number, index) => `${number} ${offsets[index]}`).join(' ');
  const body = `${header}\n${objects.join('\n')}\n`;
  const data = deflateSync(Buffer.from(body, 'latin1'));
  return pdfOf([
    // Object 1 and 2 live in the object stream (object 4); this file's own 1 and 2 are placeholders.
    'null',
    'null',
    page,
    streamObject(`/Type /ObjStm /N 2 /First ${header.length + 1} /Filter /FlateDecode`, data),
    '<< /S /GoTo /D [3 0 R /Fit] >>',
  ]);
}

/** A PDF with one FlateDecode stream of zeros that inflates to `inflatedBytes`. */
export function inflatingPdf(inflatedBytes: number): Buffer {
  const data = deflateSync(Buffer.alloc(inflatedBytes), { level: 9 });
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    pages,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    streamObject('/Filter /FlateDecode', data),
  ]);
}

/** A clean PDF as a real producer writes it (pdf-lib: compressed object streams, a font, text). */
export async function cleanPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([300, 200]).drawText('Tiliote / Kontoutdrag', { x: 20, y: 100, size: 14, font });
  return Buffer.from(await document.save({ useObjectStreams: true }));
}

/** A PNG whose header says width × height; its IDAT holds the first rows only (a few hundred bytes). */
export function pngOfSize(width: number, height: number): Buffer {
  return greyPng(width, height, Buffer.alloc((width + 1) * Math.min(height, 4)));
}

/** A baseline JPEG header (with an EXIF-sized APP1 segment before the frame) saying width × height. */
export function jpegOfSize(width: number, height: number, app1Bytes = 30_000): Buffer {
  const app1 = Buffer.alloc(4 + app1Bytes);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(2 + app1Bytes, 2);
  app1.write('Exif\0\0', 4, 'latin1');
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x01, 0x11, 0x00]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    app1,
    sof,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A lossless WebP (VP8L) header saying width × height. */
export function webpOfSize(width: number, height: number): Buffer {
  const data = Buffer.alloc(5);
  data[0] = 0x2f;
  data.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 1);
  const chunk = Buffer.concat([
    Buffer.from('VP8L', 'latin1'),
    Buffer.from([5, 0, 0, 0]),
    data,
    Buffer.alloc(11),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + chunk.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, Buffer.from('WEBP', 'latin1'), chunk]);
}

const box = (type: string, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
};

/** A HEIC whose `ispe` property says width × height. */
export function heicOfSize(width: number, height: number): Buffer {
  const extents = Buffer.alloc(12);
  extents.writeUInt32BE(width, 4);
  extents.writeUInt32BE(height, 8);
  const ftyp = box('ftyp', Buffer.from('heic', 'latin1'), Buffer.alloc(4), Buffer.from('mif1heic', 'latin1'));
  const meta = box(
    'meta',
    Buffer.alloc(4),
    box('hdlr', Buffer.alloc(8), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
    box('iprp', box('ipco', box('ispe', extents))),
  );
  return Buffer.concat([ftyp, meta, box('mdat', Buffer.alloc(64))]);
}
