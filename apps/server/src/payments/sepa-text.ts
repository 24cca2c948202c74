// The text rules of a SEPA credit transfer file: the character set of names and remittance text, identifiers,
// amounts in cents written with two decimals, BICs and the two kinds of creditor reference used in Finland.
//
// Character set. The pain.001.001.09 schema itself allows any Unicode text (Max70Text, Max140Text have no
// pattern); the restriction comes from the EPC SCT rulebook, whose basic Latin set is a–z A–Z 0–9 / - ? : ( ) . , '
// + and space. Finnish banks take UTF-8 and, for domestic payments, also the letters of ISO-8859-15 such as å ä ö
// in names and remittance text (never in identifiers); a cross-border payment has them converted (å ä → a, ö → o).
// So the default, 'epc-basic', transliterates everything into the basic set and is accepted by every bank and
// route; 'finnish' keeps Å Ä Ö å ä ö, for a bank agreement that allows them. Identifiers are never transliterated:
// they are ours and must already be in the basic set.
import { ibanMod97 } from '@tuki/domain';

export type PaymentCharacterSet = 'epc-basic' | 'finnish';

const basicCharacter = /[A-Za-z0-9/\-?:().,'+ ]/;
const basicText = /^[A-Za-z0-9/\-?:().,'+ ]*$/;
const finnishLetters = new Set(['Å', 'Ä', 'Ö', 'å', 'ä', 'ö']);

/** Letters that Unicode decomposition does not reduce to a basic letter, and punctuation with a basic look-alike. */
const replacements: Readonly<Record<string, string>> = {
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Ð: 'D',
  ð: 'd',
  Đ: 'D',
  đ: 'd',
  Þ: 'TH',
  þ: 'th',
  Ł: 'L',
  ł: 'l',
  ı: 'i',
  '&': '+',
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '–': '-',
  '—': '-',
  _: '-',
};

function transliterateCharacter(character: string, characterSet: PaymentCharacterSet): string {
  if (basicCharacter.test(character)) return character;
  if (characterSet === 'finnish' && finnishLetters.has(character)) return character;
  const replaced = replacements[character];
  if (replaced !== undefined) return replaced;
  // A letter with diacritics (é, ü, å, ä, ö, š …) becomes its base letter; anything else (another script, a
  // symbol, a control character) becomes a space, so no character the bank refuses reaches the file.
  const base = character.normalize('NFD').replace(/\p{M}/gu, '');
  return base.length > 0 && [...base].every((part) => basicCharacter.test(part)) ? base : ' ';
}

/** Text in the file's character set: transliterated, with runs of white space made one space, trimmed. */
export function paymentText(text: string, characterSet: PaymentCharacterSet): string {
  const converted = basicText.test(text)
    ? text
    : Array.from(text.normalize('NFC'), (character) => transliterateCharacter(character, characterSet)).join(
        '',
      );
  return converted.replace(/\s+/g, ' ').trim();
}

/** EPC: an identifier is 1–35 basic characters, does not start with '/' and has no '//'. */
export function isSepaIdentifier(value: string): boolean {
  return /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/.test(value) && !value.startsWith('/') && !value.includes('//');
}

/** BIC (ISO 9362) in the schema's form: 8 or 11 characters, upper case. */
export function isBic(value: string): boolean {
  return /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value);
}

/** The largest amount of one SEPA credit transfer (EPC rulebook): 999 999 999.99 euros. */
export const maxPaymentCents = 99_999_999_999;

/** Cents written as euros with exactly two decimals, by integer arithmetic: 1 → '0.01', 123456789n → '1234567.89'. */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

export type CreditorReferenceKind = 'rf' | 'finnish';

/**
 * A creditor reference in its electronic form, or null when it is neither kind: an ISO 11649 reference ('RF',
 * two check digits, 1–21 letters or digits; mod 97 as an IBAN) or a Finnish national reference number
 * (viitenumero: 4–20 digits, the last a check digit from weights 7, 3, 1 repeating from the right). Spaces are
 * allowed in the input (the print format groups by four or five) and removed.
 */
export function parseCreditorReference(input: string): { kind: CreditorReferenceKind; value: string } | null {
  const value = input.replace(/\s+/g, '').toUpperCase();
  if (/^RF\d{2}[A-Z0-9]{1,21}$/.test(value)) return ibanMod97(value) === 1 ? { kind: 'rf', value } : null;
  if (!/^\d{4,20}$/.test(value)) return null;
  return finnishReferenceCheckDigit(value.slice(0, -1)) === value.slice(-1)
    ? { kind: 'finnish', value }
    : null;
}

/** The check digit of a Finnish reference number for its base digits: weights 7, 3, 1 repeating from the right. */
export function finnishReferenceCheckDigit(base: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let index = base.length - 1, position = 0; index >= 0; index--, position++) {
    sum += Number(base[index]) * (weights[position % 3] ?? 0);
  }
  return String((10 - (sum % 10)) % 10);
}
