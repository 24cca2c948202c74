// The citizen's data as a zip, streamed: README.txt (in the person's language), tuki-export.json, and each
// attachment and decision letter in its application's folder. Files are opened one at a time, when the zip
// reaches them, and flow through with backpressure, so a large export never sits in the server's memory (only the
// JSON does). Files that are already compressed (PDF, images) are stored as they are.
import type { PassThrough, Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { type Language, translate } from '@tuki/i18n';
import { ZipFile } from 'yazl';
import type { ExportFile, PersonDataSnapshot } from './person-data.ts';

export const EXPORT_JSON = 'tuki-export.json';
export const EXPORT_README = 'README.txt';

export interface ExportFileSource {
  /** The stored bytes of an attachment. */
  attachment(storageKey: string): Promise<Readable>;
  /** A stored decision letter. */
  letter(decisionId: string): Promise<Uint8Array>;
}

export function exportReadme(snapshot: PersonDataSnapshot, language: Language): string {
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(snapshot.exportedAt));
  const name = `${snapshot.person.firstName} ${snapshot.person.lastName}`;
  const lines = [
    translate(language, 'dataRights.readme.title'),
    '',
    translate(language, 'dataRights.readme.created', { time }),
    translate(language, 'dataRights.readme.person', { name }),
    '',
    `- ${translate(language, 'dataRights.readme.json')}`,
    `- ${translate(language, 'dataRights.readme.applications')}`,
    '',
    translate(language, 'dataRights.readme.notIncluded'),
    '',
    translate(language, 'dataRights.readme.questions'),
    '',
  ];
  // CRLF: readable in Notepad too.
  return lines.join('\r\n');
}

/** The zip as a stream. A file that cannot be read ends the stream with the error (the download fails). */
export function exportZipStream(
  snapshot: PersonDataSnapshot,
  files: readonly ExportFile[],
  source: ExportFileSource,
  language: Language,
): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as PassThrough;
  const fail = (error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  zip.on('error', fail);
  const now = new Date(snapshot.exportedAt);
  zip.addBuffer(Buffer.from(`\uFEFF${exportReadme(snapshot, language)}`, 'utf8'), EXPORT_README, {
    mtime: now,
  });
  zip.addBuffer(Buffer.from(JSON.stringify(snapshot, null, 2), 'utf8'), EXPORT_JSON, { mtime: now });
  for (const file of files) {
    if (file.kind === 'attachment') {
      zip.addReadStreamLazy(
        file.path,
        { mtime: file.modifiedAt, compress: false, size: file.sizeBytes },
        (callback) => {
          source.attachment(file.storageKey).then((stream) => {
            stream.on('error', fail);
            callback(null, stream);
          }, fail);
        },
      );
    } else {
      zip.addReadStreamLazy(file.path, { mtime: file.modifiedAt, compress: false }, (callback) => {
        source.letter(file.decisionId).then((pdf) => {
          callback(null, ReadableStream.from([Buffer.from(pdf)]));
        }, fail);
      });
    }
  }
  zip.end();
  return output;
}
