// The content checks of uploads, without a server: image sizes from headers, a PDF's active content and the size
// its streams inflate to, fed in chunks of every size so that no token cut in two slips through.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { constants, deflateRawSync } from 'node:zlib';
import {
  ContentInspection,
  ContentRefused,
  type InspectionLimits,
} from '../src/attachments/inspection/content-inspection.ts';
import { dimensionsReader } from '../src/attachments/inspection/image-dimensions.ts';
import { heicFile, jpegFile, pdfFile, pngFile, webpFile } from './helpers/attachments.ts';
import {
  cleanPdf,
  escapedNamesPdf,
  heicOfSize,
  inflatingPdf,
  jpegOfSize,
  launchPdf,
  objectStreamPdf,
  openActionJavaScriptPdf,
  pdfOf,
  pngOfSize,
  streamObject,
  webpOfSize,
} from './helpers/hostile-files.ts';

const limits: InspectionLimits = { maxPixels: 50_000_000, maxInflatedBytes: 1024 * 1024 };

async function inspect(mediaType: string, content: Buffer, chunkSize = 65_536, given = limits) {
  const inspection = new ContentInspection(mediaType, given);
  for (let at = 0; at < content.length; at += chunkSize)
    await inspection.push(content.subarray(at, at + chunkSize));
  return inspection.end();
}

function dimensionsOf(mediaType: string, content: Buffer, chunkSize: number) {
  const reader = dimensionsReader(mediaType);
  assert.ok(reader);
  for (let at = 0; at < content.length && !reader.done; at += chunkSize) {
    reader.push(content.subarray(at, at + chunkSize));
  }
  return reader.dimensions;
}

describe('image dimensions from headers', () => {
  const cases: [string, Buffer, { width: number; height: number }][] = [
    ['image/png', pngOfSize(30_000, 30_000), { width: 30_000, height: 30_000 }],
    ['image/jpeg', jpegOfSize(65_000, 40_000), { width: 65_000, height: 40_000 }],
    ['image/webp', webpOfSize(16_000, 9_000), { width: 16_000, height: 9_000 }],
    ['image/heic', heicOfSize(4032, 3024), { width: 4032, height: 3024 }],
  ];
  for (const [mediaType, content, expected] of cases) {
    test(`${mediaType}: read in chunks of 1, 7 and 64 KiB bytes`, async () => {
      for (const chunkSize of [1, 7, 65_536]) {
        assert.deepEqual(dimensionsOf(mediaType, content, chunkSize), expected, `chunks of ${chunkSize}`);
      }
    });
  }

  test('a PNG of 30 000 × 30 000 pixels in a file of a few hundred bytes is refused, one of 1 × 1 is not', async () => {
    const bomb = pngOfSize(30_000, 30_000);
    assert.ok(bomb.length < 1000, `${bomb.length} bytes`);
    await assert.rejects(
      () => inspect('image/png', bomb),
      (error) =>
        error instanceof ContentRefused &&
        error.refusal.reason === 'too-many-pixels' &&
        error.refusal.width === 30_000 &&
        error.refusal.height === 30_000,
    );
    assert.deepEqual(await inspect('image/png', pngFile()), { activeContent: [] });
    assert.deepEqual(
      await inspect('image/png', pngOfSize(5000, 5000)),
      { activeContent: [] },
      '25 megapixels pass',
    );
  });

  test('a huge JPEG frame behind a large EXIF segment, a WebP and a HEIC over the limit are refused', async () => {
    for (const [mediaType, content] of [
      ['image/jpeg', jpegOfSize(65_535, 65_535, 60_000)],
      ['image/webp', webpOfSize(16_383, 16_383)],
      ['image/heic', heicOfSize(20_000, 20_000)],
    ] as const) {
      await assert.rejects(() => inspect(mediaType, content, 4096), ContentRefused, mediaType);
    }
  });

  test('the limit is the configured one', async () => {
    const small = { ...limits, maxPixels: 100 };
    await assert.rejects(() => inspect('image/png', pngOfSize(11, 10), 65_536, small), ContentRefused);
    assert.deepEqual(await inspect('image/png', pngOfSize(10, 10), 65_536, small), { activeContent: [] });
  });

  test('headers that say nothing of the size are let through (the files of the other tests)', async () => {
    for (const [mediaType, content] of [
      ['image/jpeg', jpegFile()],
      ['image/webp', webpFile()],
      ['image/heic', heicFile()],
    ] as const) {
      assert.deepEqual(await inspect(mediaType, content, 3), { activeContent: [] }, mediaType);
    }
  });
});

describe('PDF active content', () => {
  const activeContentOf = async (content: Buffer, chunkSize?: number) =>
    (await inspect('application/pdf', content, chunkSize)).activeContent;

  test('clean PDFs have none: a minimal one and one with compressed object streams and a font', async () => {
    const real = await cleanPdf();
    assert.match(real.toString('latin1'), /\/ObjStm/, 'the clean PDF uses object streams');
    for (const chunkSize of [1, 5, 4096, 65_536]) {
      assert.deepEqual(await activeContentOf(pdfFile(), chunkSize), []);
      assert.deepEqual(await activeContentOf(real, chunkSize), [], `chunks of ${chunkSize}`);
    }
  });

  test('JavaScript on opening, Launch, escaped names and an additional action inside an object stream', async () => {
    const cases: [string, Buffer, string[]][] = [
      ['/OpenAction with /JavaScript', openActionJavaScriptPdf(), ['javascript', 'open-action']],
      ['/Launch on a link', launchPdf(), ['launch']],
      ['/J#61v#61Script and /Op#65nAction', escapedNamesPdf(), ['javascript', 'open-action']],
      ['/AA inside a FlateDecode object stream', objectStreamPdf(), ['additional-actions']],
    ];
    for (const [name, content, expected] of cases) {
      for (const chunkSize of [1, 3, 9, 4096]) {
        assert.deepEqual(
          await activeContentOf(content, chunkSize),
          expected,
          `${name}, chunks of ${chunkSize}`,
        );
      }
    }
  });

  test('embedded files, XFA forms, rich media, form submission and data import are flagged', async () => {
    const catalog = (entries: string) =>
      pdfOf([`<< /Type /Catalog /Pages 2 0 R ${entries} >>`, '<< /Type /Pages /Kids [] /Count 0 >>']);
    assert.deepEqual(await activeContentOf(catalog('/Names << /EmbeddedFiles 3 0 R >>')), ['embedded-file']);
    assert.deepEqual(await activeContentOf(catalog('/AcroForm << /Fields [] /XFA 3 0 R >>')), ['xfa']);
    assert.deepEqual(await activeContentOf(catalog('/X << /S /RichMedia >>')), ['rich-media']);
    assert.deepEqual(await activeContentOf(catalog('/X << /S /SubmitForm /F (http://x) >>')), [
      'submit-form',
    ]);
    assert.deepEqual(await activeContentOf(catalog('/X << /S /ImportData /F (a.fdf) >>')), ['import-data']);
    assert.deepEqual(
      await activeContentOf(catalog('/OpenAction [3 0 R /Fit]')),
      [],
      'a destination is no action',
    );
    assert.deepEqual(
      await activeContentOf(catalog('/OpenAction 5 0 R')),
      ['open-action'],
      'a reference may be one',
    );
  });

  test('an object stream that cannot be read is flagged, and a long name hidden in a stream is found', async () => {
    const hex = Buffer.from(
      '1 0\n<< /S /GoTo >>'
        .split('')
        .map((c) => c.charCodeAt(0).toString(16))
        .join(''),
    );
    const unreadable = pdfOf([
      '<< /Type /Catalog >>',
      streamObject('/Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode', hex),
    ]);
    assert.deepEqual(await activeContentOf(unreadable), ['uninspectable']);
    const damaged = pdfOf([
      '<< /Type /Catalog >>',
      streamObject('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('not zlib at all')),
    ]);
    assert.deepEqual(await activeContentOf(damaged), ['uninspectable']);
    // A stream whose data says `endstream` early, to make a scanner read the rest as a string.
    const hidden = pdfOf([
      '<< /Type /Catalog >>',
      streamObject('', Buffer.from('endstream (\n<< /S /Lau#6Ech /F (cmd) >>')),
    ]);
    assert.deepEqual(await activeContentOf(hidden, 2), ['launch']);
  });

  test('streams that inflate past the limit are refused as soon as they do; below it they pass', async () => {
    const bomb = inflatingPdf(8 * 1024 * 1024);
    assert.ok(bomb.length < 20_000, `${bomb.length} bytes`);
    await assert.rejects(
      () => inspect('application/pdf', bomb),
      (error) => error instanceof ContentRefused && error.refusal.reason === 'inflates-too-much',
    );
    assert.deepEqual((await inspect('application/pdf', inflatingPdf(512 * 1024))).activeContent, []);
  });

  test('each FlateDecode stream counts as 4 KiB at least, so countless tiny streams are refused too', async () => {
    const stream = streamObject('/Filter /FlateDecode', deflateRawSync(Buffer.from('q Q')));
    const objects = (count: number) => ['<< /Type /Catalog >>', ...Array<Buffer>(count).fill(stream)];
    // 1 MiB allows 256 streams of 4 KiB.
    assert.deepEqual((await inspect('application/pdf', pdfOf(objects(250)))).activeContent, []);
    await assert.rejects(
      () => inspect('application/pdf', pdfOf(objects(300))),
      (error) => error instanceof ContentRefused && error.refusal.reason === 'inflates-too-much',
    );
  });

  test('with the default limit (256 MiB), a stream inflating to 1 GiB is refused', {
    timeout: 120_000,
  }, async () => {
    const gigabyte = gigabytePdf();
    assert.ok(gigabyte.length < 2 * 1024 * 1024, `${gigabyte.length} bytes`);
    await assert.rejects(
      () => inspect('application/pdf', gigabyte, 65_536, { ...limits, maxInflatedBytes: 256 * 1024 * 1024 }),
      (error) => error instanceof ContentRefused && error.refusal.reason === 'inflates-too-much',
    );
  });
});

/** A PDF whose one stream inflates to 1 GiB (1 MiB on disk): one flushed deflate block of zeros repeated. */
function gigabytePdf(): Buffer {
  const piece = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((1024 * 1024 * 1024) % 65_521) * 65_536 + 1);
  const data = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array(64).fill(piece),
    Buffer.from([0x03, 0x00]),
    adler,
  ]);
  return pdfOf(['<< /Type /Catalog >>', streamObject('/Filter /FlateDecode', data)]);
}
