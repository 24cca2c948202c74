// The pixel size of an image, read from its header as the bytes stream past: PNG (IHDR), JPEG (the SOF segment,
// after skipping the segments before it by their lengths), WebP (VP8, VP8L or VP8X) and HEIC/HEIF (the largest
// `ispe` property in the `meta` box). Nothing is decoded, and at most one header segment is held at a time.

export interface Dimensions {
  width: number;
  height: number;
}

/** Fed chunk by chunk; `dimensions` is set once known, and `done` when the reader needs no more bytes. */
export interface DimensionsReader {
  push(chunk: Uint8Array): void;
  readonly done: boolean;
  readonly dimensions: Dimensions | undefined;
}

/** The largest `meta` box of a HEIF file that is read (a real one is a few kilobytes). */
const MAX_HEIF_META_BYTES = 4 * 1024 * 1024;

/** A reader that collects bytes until a step of the format has what it needs, and skips what it does not need. */
abstract class HeaderReader implements DimensionsReader {
  done = false;
  dimensions: Dimensions | undefined;
  protected buffer: Buffer = Buffer.alloc(0);
  protected offset = 0;
  private skipping = 0;

  push(chunk: Uint8Array): void {
    if (this.done) return;
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.skipping > 0) {
      const skipped = Math.min(this.skipping, bytes.length);
      this.skipping -= skipped;
      bytes = bytes.subarray(skipped);
      if (bytes.length === 0) return;
    }
    this.buffer = Buffer.concat([this.buffer.subarray(this.offset), bytes]);
    this.offset = 0;
    while (!this.done && this.skipping === 0 && this.step()) {
      // each step consumes what it read
    }
  }

  /** Bytes available after the offset. */
  protected get available(): number {
    return this.buffer.length - this.offset;
  }

  /** Skips n bytes, whether already buffered or still to come. */
  protected skip(n: number): void {
    const buffered = Math.min(n, this.available);
    this.offset += buffered;
    this.skipping = n - buffered;
    if (this.skipping > 0) {
      this.buffer = Buffer.alloc(0);
      this.offset = 0;
    }
  }

  protected finish(dimensions?: Dimensions): void {
    this.dimensions = dimensions;
    this.done = true;
    this.buffer = Buffer.alloc(0);
  }

  /** One step of the format; false when more bytes are needed. */
  protected abstract step(): boolean;
}

class PngReader extends HeaderReader {
  protected step(): boolean {
    if (this.available < 24) return false;
    const b = this.buffer;
    if (b.toString('latin1', 12, 16) !== 'IHDR') this.finish();
    else this.finish({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
    return true;
  }
}

const isSofMarker = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

class JpegReader extends HeaderReader {
  private started = false;

  protected step(): boolean {
    const b = this.buffer;
    if (!this.started) {
      if (this.available < 2) return false;
      if (b[this.offset] !== 0xff || b[this.offset + 1] !== 0xd8) {
        this.finish();
        return true;
      }
      this.offset += 2;
      this.started = true;
      return true;
    }
    // A marker: 0xFF (any number of fill bytes), then its code.
    while (
      this.available > 0 &&
      b[this.offset] === 0xff &&
      this.available > 1 &&
      b[this.offset + 1] === 0xff
    ) {
      this.offset += 1;
    }
    if (this.available < 2) return false;
    if (b[this.offset] !== 0xff) {
      this.finish();
      return true;
    }
    const marker = b[this.offset + 1] as number;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      this.offset += 2;
      return true;
    }
    if (marker === 0xd9 || marker === 0xda) {
      // The end of the image or the start of the scan before any frame header: no size to read.
      this.finish();
      return true;
    }
    if (isSofMarker(marker)) {
      // FF Cn, length (2), precision (1), height (2), width (2).
      if (this.available < 9) return false;
      this.finish({ height: b.readUInt16BE(this.offset + 5), width: b.readUInt16BE(this.offset + 7) });
      return true;
    }
    if (this.available < 4) return false;
    const length = b.readUInt16BE(this.offset + 2);
    if (length < 2) {
      this.finish();
      return true;
    }
    this.offset += 4;
    this.skip(length - 2);
    return true;
  }
}

class WebpReader extends HeaderReader {
  protected step(): boolean {
    if (this.available < 30) return false;
    const b = this.buffer;
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8 ') {
      this.finish({ width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff });
    } else if (chunk === 'VP8L') {
      const bits = b.readUInt32LE(21);
      this.finish({ width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 });
    } else if (chunk === 'VP8X') {
      this.finish({ width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 });
    } else {
      this.finish();
    }
    return true;
  }
}

/** The largest `ispe` (image spatial extents) under meta → iprp → ipco. */
function largestSpatialExtent(meta: Buffer): Dimensions | undefined {
  let largest: Dimensions | undefined;
  const walk = (start: number, end: number, path: string) => {
    let at = start;
    while (at + 8 <= end) {
      let size = meta.readUInt32BE(at);
      const type = meta.toString('latin1', at + 4, at + 8);
      let header = 8;
      if (size === 1) {
        if (at + 16 > end) return;
        size = Number(meta.readBigUInt64BE(at + 8));
        header = 16;
      } else if (size === 0) {
        size = end - at;
      }
      if (size < header || at + size > end) return;
      if (type === 'ispe' && path === 'ipco' && size >= header + 12) {
        const width = meta.readUInt32BE(at + header + 4);
        const height = meta.readUInt32BE(at + header + 8);
        if (!largest || width * height > largest.width * largest.height) largest = { width, height };
      } else if ((type === 'iprp' && path === 'meta') || (type === 'ipco' && path === 'iprp')) {
        walk(at + header, at + size, type);
      }
      at += size;
    }
  };
  // meta is a full box: 4 bytes of version and flags before its children.
  walk(4, meta.length, 'meta');
  return largest;
}

class HeifReader extends HeaderReader {
  protected step(): boolean {
    if (this.available < 8) return false;
    const b = this.buffer;
    let size = b.readUInt32BE(this.offset);
    const type = b.toString('latin1', this.offset + 4, this.offset + 8);
    let header = 8;
    if (size === 1) {
      if (this.available < 16) return false;
      size = Number(b.readBigUInt64BE(this.offset + 8));
      header = 16;
    }
    if (size === 0 || size < header) {
      this.finish();
      return true;
    }
    if (type !== 'meta') {
      this.offset += header;
      this.skip(size - header);
      return true;
    }
    if (size > MAX_HEIF_META_BYTES) {
      this.finish();
      return true;
    }
    if (this.available < size) return false;
    this.finish(largestSpatialExtent(b.subarray(this.offset + header, this.offset + size)));
    return true;
  }
}

/** A reader for the media type, or undefined for types that are not images. */
export function dimensionsReader(mediaType: string): DimensionsReader | undefined {
  switch (mediaType) {
    case 'image/png':
      return new PngReader();
    case 'image/jpeg':
      return new JpegReader();
    case 'image/webp':
      return new WebpReader();
    case 'image/heic':
    case 'image/heif':
      return new HeifReader();
    default:
      return undefined;
  }
}
