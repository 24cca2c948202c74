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
// Every FlateDecode stream (the first filter of the stream) is inflated with Node's zlib (a small one at once, a
// large one off the main thread and piece by piece), and the inflated bytes of the whole file are counted, each
// stream as 4 KiB at least: past the limit the inflater is stopped and the inspection throws
// InflateLimitExceeded. An object stream that cannot be read (another first filter, damaged or encrypted data)
// flags the file as `uninspectable`, since its content is unknown. The work is linear in the file's size.
import {
  createInflate,
  createInflateRaw,
  type Inflate,
  type InflateRaw,
  inflateRawSync,
  inflateSync,
} from 'node:zlib';

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
/** The same for names of two characters or more: every name of interest (and far fewer matches in slashes). */
const longerNamePattern = /\/([^\0\t\n\f\r ()<>[\]{}/%]{2,})/g;
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

/** Finds names in text that arrives in pieces; calls back with each decoded name and the text it ends in. */
class NameScanner {
  private pending = '';
  private readonly pattern = new RegExp(longerNamePattern);
  private readonly found: (name: string, text: string, end: number) => void;

  constructor(found: (name: string, text: string, end: number) => void) {
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
      const raw = match[1] ?? '';
      this.found(raw.includes('#') ? decodeName(raw) : raw, all, end);
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

/** A zlib header (RFC 1950) rather than raw deflate. */
function isZlibHeader(data: Buffer): boolean {
  const [first = 0, second = 0] = data;
  return (first & 0x0f) === 8 && first >> 4 <= 7 && ((first << 8) | second) % 31 === 0;
}

/** What each FlateDecode stream counts against the limit at least (the 65 536th stream passes 256 MiB). */
const MIN_STREAM_COST = 4096;
/** Streams up to this size (compressed) are inflated at once, larger ones piece by piece. */
const SMALL_STREAM_BYTES = 4096;

/**
 * FlateDecode data, inflated by Node's zlib off the main thread: zlib (as the standard says) or, as some producers
 * write it, raw deflate, told apart by the first two bytes. Each write is awaited, so no more than one slice of
 * compressed data waits, and the inflated data is handed on in zlib's 16 KiB pieces as it comes.
 */
class FlateInflater {
  private inflater: Inflate | InflateRaw | undefined;
  /** The data held until it is known whether the stream is small enough to inflate at once. */
  private held: Buffer[] = [];
  private heldBytes = 0;
  private settled: Promise<void> = Promise.resolve();
  private stopped: unknown;
  /** Damaged (or encrypted) data: what a reader could not inflate either. */
  damaged = false;
  private readonly ondata: (data: Buffer) => void;

  constructor(ondata: (data: Buffer) => void) {
    this.ondata = ondata;
  }

  /**
   * A small stream (most of them: fonts' widths, object streams, page contents) is inflated at once, without the
   * cost of a zlib stream of its own; its output cannot pass a few megabytes.
   */
  private inflateSmall(data: Buffer): void {
    if (data.length === 0) return;
    let inflated: Buffer;
    // Damaged data is common enough in hostile files that the stack traces of zlib's errors would cost the most.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const options = { maxOutputLength: SMALL_STREAM_BYTES * 1100, chunkSize: SMALL_STREAM_BYTES };
      inflated = isZlibHeader(data) ? inflateSync(data, options) : inflateRawSync(data, options);
    } catch {
      this.damaged = true;
      return;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.ondata(inflated);
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
      this.held.push(chunk);
      this.heldBytes += chunk.length;
      if (this.heldBytes <= SMALL_STREAM_BYTES && !final) return;
      const data = this.held.length === 1 ? (this.held[0] as Buffer) : Buffer.concat(this.held);
      this.held = [];
      if (this.heldBytes <= SMALL_STREAM_BYTES) {
        this.inflateSmall(data);
        return;
      }
      this.inflater = this.start(isZlibHeader(data));
      chunk = data;
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
  /** Bytes not yet read, held back from the last chunk (a keyword or name may be cut in two). */
  private carry: Buffer = Buffer.alloc(0);
  /** The last text outside streams, where a stream's dictionary is read from. */
  private recent = '';
  private stream: OpenStream | undefined;
  private inflatedBytes = 0;
  private readonly maxInflatedBytes: number;

  constructor(maxInflatedBytes: number) {
    this.maxInflatedBytes = maxInflatedBytes;
    const onName = (name: string, text: string, end: number) => this.name(name, text, end);
    this.topLevelNames = new NameScanner(onName);
    const onLongName = (name: string) => this.name(name, '', 0);
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
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (this.stream) await this.streamData(rest, true);
    else this.topLevelNames.push(rest.toString('latin1'), true);
  }

  private name(name: string, text: string, end: number): void {
    if (name === 'OpenAction') {
      // A destination ([page /Fit]) only moves the view; a dictionary or a reference may be an action.
      if (!/^\s*\[/.test(text.slice(end, end + 32))) this.kinds.add('open-action');
      return;
    }
    const kind = kindOfName[name];
    if (kind) this.kinds.add(kind);
  }

  /**
   * Reads a chunk (after what was held back of the one before) from one position to the next: text outside
   * streams up to a stream's start, stream data up to `endstream`. Nothing is copied per stream, so a file of many
   * small streams costs no more than one of a few large ones.
   */
  private async consume(chunk: Buffer): Promise<void> {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    const text = bytes.toString('latin1');
    let at = 0;
    while (at < text.length) {
      if (!this.stream) {
        streamStart.lastIndex = at;
        const match = streamStart.exec(text);
        // `stream` and its line end at the very end of the chunk: wait for the next byte (CR, or CR LF?).
        if (match && match.index + match[0].length < text.length) {
          const end = match.index + match[0].length;
          const piece = text.slice(at, end);
          this.topLevelNames.push(piece, true);
          this.remember(piece);
          this.openStream();
          at = end;
          continue;
        }
        // Held back: a `stream` keyword (or a name) that may be cut in two.
        const cut = Math.max(at, text.length - HOLD_BACK);
        const piece = text.slice(at, cut);
        this.topLevelNames.push(piece);
        this.remember(piece);
        this.carry = Buffer.from(bytes.subarray(cut));
        return;
      }
      const end = text.indexOf(STREAM_END, at);
      if (end >= 0) {
        await this.streamData(bytes.subarray(at, end), true);
        this.stream = undefined;
        // `endstream` itself is read as text outside the stream again.
        at = end;
        continue;
      }
      // Held back: `endstream` may be cut in two.
      const keep = Math.min(text.length - at, STREAM_END.length - 1);
      await this.streamData(bytes.subarray(at, text.length - keep), false);
      this.carry = Buffer.from(bytes.subarray(text.length - keep));
      return;
    }
  }

  private remember(text: string): void {
    this.recent = (this.recent + text).slice(-DICTIONARY_WINDOW);
  }

  /** The dictionary of the stream now starting, read from the text since its `obj`. */
  private openStream(): void {
    const objectStart = [...this.recent.matchAll(/(?<!\d)\d+\s+\d+\s+obj\b/g)].at(-1)?.index ?? 0;
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
      names: objectStream ? new NameScanner((name, text, end) => this.name(name, text, end)) : undefined,
      objectStream,
      failed: false,
    };
    if (flate) {
      // Each stream counts as some kilobytes at least, which bounds the work of a file of countless tiny streams.
      this.count(MIN_STREAM_COST);
      stream.inflater = new FlateInflater((data) => this.inflatedData(data, stream));
    } else if (objectStream && firstFilter !== undefined) {
      stream.failed = true;
      this.kinds.add('uninspectable');
    }
    this.stream = stream;
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

  private count(bytes: number): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > this.maxInflatedBytes) throw new InflateLimitExceeded(this.maxInflatedBytes);
  }

  private inflatedData(bytes: Buffer, stream: OpenStream): void {
    this.count(bytes.length);
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
