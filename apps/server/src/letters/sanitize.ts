// Makes the letter's text printable with the shipped font.
//
// The PDF/UA-1 and PDF/A exports refuse to write text that the font has no glyph for (Typst stops with
// "could not be displayed with font"), so a client's name with a character outside Noto Sans (CJK, emoji …)
// would otherwise make the letter impossible to produce. Every string is therefore normalised to NFC, control
// and formatting characters are removed (a line break is kept where the caller allows it), and any character
// the fonts cannot show becomes '?'. The set of characters comes from the fonts' own character maps.

import { readFileSync } from 'node:fs';

export const REPLACEMENT_CHARACTER = '?';

/** The code points mapped by a TrueType/OpenType font's 'cmap' table (formats 4 and 12). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmapOffset = -1;
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (tag === 'cmap') cmapOffset = view.getUint32(record + 8);
  }
  if (cmapOffset < 0) throw new Error('font has no cmap table');

  const codePoints = new Set<number>();
  const subtableCount = view.getUint16(cmapOffset + 2);
  for (let index = 0; index < subtableCount; index++) {
    const record = cmapOffset + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const subtable = cmapOffset + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    if (format === 4) readFormat4(view, subtable, codePoints);
    else if (format === 12) readFormat12(view, subtable, codePoints);
  }
  return codePoints;
}

function readFormat4(view: DataView, subtable: number, into: Set<number>): void {
  const segments = view.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = view.getUint16(endCodes + segment * 2);
    const start = view.getUint16(startCodes + segment * 2);
    const delta = view.getInt16(deltas + segment * 2);
    const rangeOffsetAddress = rangeOffsets + segment * 2;
    const rangeOffset = view.getUint16(rangeOffsetAddress);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const glyphAddress = rangeOffsetAddress + rangeOffset + (code - start) * 2;
        glyph = view.getUint16(glyphAddress);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

function readFormat12(view: DataView, subtable: number, into: Set<number>): void {
  const groups = view.getUint32(subtable + 12);
  for (let group = 0; group < groups; group++) {
    const record = subtable + 16 + group * 12;
    const start = view.getUint32(record);
    const end = view.getUint32(record + 4);
    const startGlyph = view.getUint32(record + 8);
    for (let code = start; code <= end; code++) {
      if (startGlyph + (code - start) !== 0) into.add(code);
    }
  }
}

/** The code points that every one of the given font files can show. */
export function commonCodePoints(fontFiles: readonly string[]): Set<number> {
  let common: Set<number> | undefined;
  for (const file of fontFiles) {
    const points = fontCodePoints(readFileSync(file));
    common = common === undefined ? points : new Set([...common].filter((point) => points.has(point)));
  }
  return common ?? new Set();
}

// C0 and C1 controls, and the invisible formatting characters: bidirectional controls, zero-width characters,
// the byte order mark, soft hyphen, interlinear annotation and the tag characters.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const SPACES = /[\p{Zs}\u2028\u2029]/u;

export interface TextSanitizer {
  /** One-line text: line breaks and tabs become spaces, runs of spaces one space, trimmed. */
  line(text: string): string;
  /** Paragraph text: like line(), but a line break is kept (as '\n'). */
  paragraph(text: string): string;
}

export function createTextSanitizer(printable: ReadonlySet<number>): TextSanitizer {
  function clean(text: string, keepLineBreaks: boolean): string {
    let result = '';
    for (const character of text.normalize('NFC')) {
      const codePoint = character.codePointAt(0) ?? 0;
      if (character === '\n' || character === '\r' || character === '\t' || SPACES.test(character)) {
        // A no-break space is kept as one (amounts and names may use it); other spaces become ' '.
        if (character === '\n' && keepLineBreaks) result += '\n';
        else result += character === '\u00a0' && printable.has(0xa0) ? '\u00a0' : ' ';
      } else if (INVISIBLE.test(character)) {
        // dropped
      } else result += printable.has(codePoint) ? character : REPLACEMENT_CHARACTER;
    }
    return result
      .replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .replace(/ {2,}/g, ' ')
      .trim();
  }
  return {
    line: (text) => clean(text, false),
    paragraph: (text) => clean(text, true),
  };
}
