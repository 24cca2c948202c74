// Active content in a PDF, found as the bytes stream past, and the size its FlateDecode streams inflate to.
//
// Two nets:
// 1. Names. The bytes outside streams, and the inflated content of object streams (/Type /ObjStm, where
//    compressed PDFs keep their dictionaries), are read for names, with #xx escapes decoded (/J#61vaScript is
//    /JavaScript). Names that bring active content flag the file: /JavaScript, /JS, /AA, /Launch, /EmbeddedFile(s),
//    /GoToE, /XFA, /RichMedia, /SubmitForm, /ImportData, and /OpenAction unless it is a plain destination ([…]).
// 2. Long names anywhere. Every byte, in and out of streams and inflated or not, is also searched for the long
//    names (/JavaScript, /Launch, /EmbeddedFile, /RichMedia, /SubmitForm, /ImportData, /GoToE, escaped or not),
//    so that a stream boundary misread on purpose hides nothing. They are too long to occur by chance in binary data.
//
// Every FlateDecode stream (the first filter of the stream) is inflated with Node's zlib, off the main thread and
// piece by piece, and the inflated bytes of the whole file are counted: past the limit the inflater is stopped and
// the inspection throws InflateLimitExceeded. An object stream that cannot be read (another first
// filter, damaged or encrypted data) flags the file as `uninspectable`, since its content is unknown.
import { createInflate, createInflateRaw, type Inflate, type InflateRaw } from 'node:zlib';

export const activeContentKinds = [
  'javascript',
  'open-action',
  'additional-actions',
  'launch',
  'embedded-file',
  'xfa',
  'rich-media',
  'submit-form',
  'import-data',
  'uninspectable',
] as const;
export type ActiveContentKind = (typeof activeContentKinds)[number];

export class InflateLimitExceeded extends Error {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`the streams of the PDF inflate to more than ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

const kindOfName: Readonly<Record<string, ActiveContentKind>> = {
  JavaScript: 'javascript',
  JS: 'javascript',
  AA: 'additional-actions',
  Launch: 'launch',
  EmbeddedFile: 'embedded-file',
  EmbeddedFiles: 'embedded-file',
  GoToE: 'embedded-file',
  XFA: 'xfa',
  RichMedia: 'rich-media',
  SubmitForm: 'submit-form',
  ImportData: 'import-data',
};

const longNames = ['JavaScript', 'Launch', 'EmbeddedFile', 'RichMedia', 'SubmitForm', 'ImportData', 'GoToE'];

/** Each character either as itself or as #xx (either case of hex digits). */
function escapedNamePattern(name: string): string {
  return [...name]
    .map((character) => {
      const hex = character.charCodeAt(0).toString(16).padStart(2, '0');
      const hexPattern = [...hex].map((digit) => `[${digit.toLowerCase()}${digit.toUpperCase()}]`).join('');
      return `(?:${character}|#${hexPattern})`;
    })
    .join('');
}

const longNamePattern = new RegExp(`/(${longNames.map(escapedNamePattern).join('|')})`, 'g');
/** The longest text a long name can take (every character escaped), kept across chunk boundaries. */
const LONG_NAME_OVERLAP = 1 + 3 * Math.max(...longNames.map((name) => name.length));

/** A name token: a slash and regular characters (PDF 32000-1 §7.2.2: not white-space or a delimiter). */
const namePattern = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;
const decodeName = (raw: string) =>
  raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** The start of a stream's data: `stream` after a dictionary, then CRLF or LF. */
const streamStart = />>\s*stream(\r\n|\n|\r(?!\n))/g;
const STREAM_END = 'endstream';
/** Compressed bytes given to the inflater at a time. */
const INFLATE_SLICE = 64 * 1024;
/** Text kept before a stream to read its dictionary from. */
const DICTIONARY_WINDOW = 4096;
/** Text held back at the end of a chunk so that no token of interest is cut in two. */
const HOLD_BACK = 128;

/** Finds names in text that arrives in pieces; calls back with each decoded name and what follows it. */
class NameScanner {
  private pending = '';
  private readonly pattern = new RegExp(namePattern);

  private readonly found: (name: string, after: string) => void;

  constructor(found: (name: string, after: string) => void) {
    this.found = found;
  }

  push(text: string, final = false): void {
    const all = this.pending + text;
    let cut = final ? all.length : Math.max(0, all.length - HOLD_BACK);
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(all); match; match = pattern.exec(all)) {
      if (match.index >= cut) break;
      const end = match.index + match[0].length;
      if (end === all.length && !final) {
        // The name may go on in the next piece: read it then (unless it is far too long to be one of ours).
        if (end - match.index < HOLD_BACK) cut = match.index;
        break;
      }
      this.found(decodeName(match[1] ?? ''), all.slice(end, end + 32));
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
    this.pending = all.slice(cut);
  }
}

/** Searches every byte for the long names, escaped or not. */
class LongNameScanner {
  private tail = '';

  private readonly found: (name: string) => void;

  constructor(found: (name: string) => void) {
    this.found = found;
  }

  push(text: string): void {
    const all = this.tail + text;
    longNamePattern.lastIndex = 0;
    for (let match = longNamePattern.exec(all); match; match = longNamePattern.exec(all)) {
      this.found(decodeName(match[1] ?? ''));
    }
    this.tail = all.slice(-LONG_NAME_OVERLAP);
  }
}

/**
 * FlateDecode data, inflated by Node's zlib off the main thread: zlib (as the standard says) or, as some producers
 * write it, raw deflate, told apart by the first two bytes. Each write is awaited, so no more than one slice of
 * compressed data waits, and the inflated data is handed on in zlib's 16 KiB pieces as it comes.
 */
class FlateInflater {
  private inflater: Inflate | InflateRaw | undefined;
  private head: Buffer = Buffer.alloc(0);
  private settled: Promise<void> = Promise.resolve();
  private stopped: unknown;
  /** Damaged (or encrypted) data: what a reader could not inflate either. */
  damaged = false;
  private readonly ondata: (data: Buffer) => void;

  constructor(ondata: (data: Buffer) => void) {
    this.ondata = ondata;
  }

  private start(zlib: boolean): Inflate | InflateRaw {
    const inflater = zlib ? createInflate() : createInflateRaw();
    this.settled = new Promise<void>((resolve) => {
      inflater.on('data', (data: Buffer) => {
        if (this.stopped) return;
        try {
          this.ondata(data);
        } catch (error) {
          this.stopped = error;
          inflater.destroy();
          resolve();
        }
      });
      inflater.once('end', resolve);
      inflater.once('close', resolve);
      inflater.once('error', () => {
        this.damaged = true;
        resolve();
      });
    });
    return inflater;
  }

  async push(chunk: Buffer, final: boolean): Promise<void> {
    if (!this.inflater) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2 && !final) return;
      const [first = 0, second = 0] = this.head;
      this.inflater = this.start(
        (first & 0x0f) === 8 && first >> 4 <= 7 && ((first << 8) | second) % 31 === 0,
      );
      chunk = this.head;
      this.head = Buffer.alloc(0);
    }
    const inflater = this.inflater;
    if (!this.stopped && !this.damaged && !inflater.destroyed && chunk.length > 0) {
      // A write that breaks the data never calls back: the error ends the wait instead.
      const written = new Promise<void>((resolve) => inflater.write(chunk, () => resolve()));
      await Promise.race([written, this.settled]);
    }
    if (final && !inflater.destroyed) {
      inflater.end();
      await this.settled;
    }
    if (this.stopped) throw this.stopped;
  }
}

interface OpenStream {
  inflater: FlateInflater | undefined;
  /** Names read from the inflated (or raw) content: an object stream. */
  names: NameScanner | undefined;
  objectStream: boolean;
  failed: boolean;
}

export class PdfInspector {
  private readonly kinds = new Set<ActiveContentKind>();
  private readonly topLevelNames: NameScanner;
  private readonly rawLongNames: LongNameScanner;
  private readonly inflatedLongNames: LongNameScanner;
  /** Text outside streams not yet read (held back for a `stream` keyword cut in two). */
  private pending = '';
  /** The last text outside streams, where a stream's dictionary is read from. */
  private recent = '';
  private stream: OpenStream | undefined;
  /** Bytes of stream data held back in case `endstream` is cut in two. */
  private streamTail: Buffer = Buffer.alloc(0);
  private inflatedBytes = 0;
  private readonly maxInflatedBytes: number;

  constructor(maxInflatedBytes: number) {
    this.maxInflatedBytes = maxInflatedBytes;
    const onName = (name: string, after: string) => this.name(name, after);
    this.topLevelNames = new NameScanner(onName);
    const onLongName = (name: string) => this.name(name, '');
    this.rawLongNames = new LongNameScanner(onLongName);
    this.inflatedLongNames = new LongNameScanner(onLongName);
  }

  /** The kinds of active content found so far. */
  get activeContent(): ActiveContentKind[] {
    return activeContentKinds.filter((kind) => this.kinds.has(kind));
  }

  get inflated(): number {
    return this.inflatedBytes;
  }

  async push(chunk: Uint8Array): Promise<void> {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.rawLongNames.push(bytes.toString('latin1'));
    await this.consume(bytes);
  }

  /** After the last byte. */
  async end(): Promise<void> {
    if (this.stream) {
      await this.streamData(this.streamTail, true);
      this.streamTail = Buffer.alloc(0);
    } else {
      this.topLevelNames.push(this.pending, true);
      this.pending = '';
    }
  }

  private name(name: string, after: string): void {
    if (name === 'OpenAction') {
      // A destination ([page /Fit]) only moves the view; a dictionary or a reference may be an action.
      if (!/^\s*\[/.test(after)) this.kinds.add('open-action');
      return;
    }
    const kind = kindOfName[name];
    if (kind) this.kinds.add(kind);
  }

  private async consume(bytes: Buffer): Promise<void> {
    let rest: Buffer | undefined = bytes;
    while (rest && rest.length > 0) {
      rest = this.stream ? await this.consumeStream(rest) : this.consumeTopLevel(rest);
    }
  }

  /** Text outside streams; returns the bytes after a stream's start, if one starts. */
  private consumeTopLevel(bytes: Buffer): Buffer | undefined {
    const all = this.pending + bytes.toString('latin1');
    streamStart.lastIndex = 0;
    const match = streamStart.exec(all);
    // `stream` followed by a lone CR at the very end: wait for the next byte.
    if (match && match.index + match[0].length < all.length) {
      const end = match.index + match[0].length;
      const text = all.slice(0, end);
      this.topLevelNames.push(text, true);
      this.remember(text);
      this.openStream();
      this.pending = '';
      return Buffer.from(all.slice(end), 'latin1');
    }
    const cut = Math.max(0, all.length - HOLD_BACK);
    this.topLevelNames.push(all.slice(0, cut));
    this.remember(all.slice(0, cut));
    this.pending = all.slice(cut);
    return undefined;
  }

  private remember(text: string): void {
    this.recent = (this.recent + text).slice(-DICTIONARY_WINDOW);
  }

  /** The dictionary of the stream now starting, read from the text since its `obj`. */
  private openStream(): void {
    const objectStart = [...this.recent.matchAll(/\d+\s+\d+\s+obj\b/g)].at(-1)?.index ?? 0;
    const dictionary = this.recent.slice(objectStart);
    const names = [...dictionary.matchAll(namePattern)].map((match) => decodeName(match[1] ?? ''));
    const filterAt = names.indexOf('Filter');
    const firstFilter = filterAt >= 0 ? names[filterAt + 1] : undefined;
    const typeAt = names.indexOf('Type');
    const objectStream = typeAt >= 0 && names[typeAt + 1] === 'ObjStm';
    const flate = firstFilter === 'FlateDecode' || firstFilter === 'Fl';
    this.recent = '';
    const stream: OpenStream = {
      inflater: undefined,
      names: objectStream ? new NameScanner((name, after) => this.name(name, after)) : undefined,
      objectStream,
      failed: false,
    };
    if (flate) {
      stream.inflater = new FlateInflater((data) => this.inflatedData(data, stream));
    } else if (objectStream && firstFilter !== undefined) {
      stream.failed = true;
      this.kinds.add('uninspectable');
    }
    this.stream = stream;
    this.streamTail = Buffer.alloc(0);
  }

  /** Stream data; returns the bytes after `endstream`, if it ends. */
  private async consumeStream(bytes: Buffer): Promise<Buffer | undefined> {
    const all = this.streamTail.length > 0 ? Buffer.concat([this.streamTail, bytes]) : bytes;
    const end = all.indexOf(STREAM_END, 0, 'latin1');
    if (end >= 0) {
      await this.streamData(all.subarray(0, end), true);
      this.stream = undefined;
      this.streamTail = Buffer.alloc(0);
      // `endstream` itself is read as text outside the stream again.
      return Buffer.from(all.subarray(end));
    }
    const keep = Math.min(all.length, STREAM_END.length - 1);
    await this.streamData(all.subarray(0, all.length - keep), false);
    this.streamTail = Buffer.from(all.subarray(all.length - keep));
    return undefined;
  }

  private async streamData(data: Buffer, final: boolean): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    const inflater = stream.inflater;
    if (inflater) {
      for (let at = 0; at < data.length || (final && at === 0); at += INFLATE_SLICE) {
        const last = final && at + INFLATE_SLICE >= data.length;
        await inflater.push(data.subarray(at, at + INFLATE_SLICE), last);
        if (last) break;
      }
      if (inflater.damaged && !stream.failed) {
        stream.failed = true;
        if (stream.objectStream) this.kinds.add('uninspectable');
      }
      if (final && stream.names && !stream.failed) stream.names.push('', true);
    } else if (stream.names) {
      stream.names.push(data.toString('latin1'), final);
    }
  }

  private inflatedData(bytes: Buffer, stream: OpenStream): void {
    this.inflatedBytes += bytes.length;
    if (this.inflatedBytes > this.maxInflatedBytes) throw new InflateLimitExceeded(this.maxInflatedBytes);
    const names = stream.names;
    // Without a slash there is no name to find (all-zero bombs need no text made of them).
    if (!names && bytes.indexOf(0x2f) === -1) {
      this.inflatedLongNames.push(bytes.toString('latin1', 0, LONG_NAME_OVERLAP));
      return;
    }
    const text = bytes.toString('latin1');
    this.inflatedLongNames.push(text);
    names?.push(text);
  }
}
