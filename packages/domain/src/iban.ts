// International Bank Account Number (ISO 13616).
//
// Validation checks the characters, the country code against a length table (SEPA countries),
// and the mod-97 check digits. Input may be in print format ('FI21 1234 5600 0007 85') or
// electronic format ('FI2112345600000785'), in any case: it is normalized first.

/** IBAN length by country code, for the countries of the SEPA scheme. */
export const ibanLengthByCountry: Readonly<Record<string, number>> = {
  AD: 24, // Andorra
  AT: 20, // Austria
  AX: 18, // Åland (Finnish format; Finnish banks normally issue FI IBANs)
  BE: 16, // Belgium
  BG: 22, // Bulgaria
  CH: 21, // Switzerland
  CY: 28, // Cyprus
  CZ: 24, // Czechia
  DE: 22, // Germany
  DK: 18, // Denmark
  EE: 20, // Estonia
  ES: 24, // Spain
  FI: 18, // Finland
  FR: 27, // France
  GB: 22, // United Kingdom
  GI: 23, // Gibraltar
  GR: 27, // Greece
  HR: 21, // Croatia
  HU: 28, // Hungary
  IE: 22, // Ireland
  IS: 26, // Iceland
  IT: 27, // Italy
  LI: 21, // Liechtenstein
  LT: 20, // Lithuania
  LU: 20, // Luxembourg
  LV: 21, // Latvia
  MC: 27, // Monaco
  MT: 31, // Malta
  NL: 18, // Netherlands
  NO: 15, // Norway
  PL: 28, // Poland
  PT: 25, // Portugal
  RO: 24, // Romania
  SE: 24, // Sweden
  SI: 19, // Slovenia
  SK: 24, // Slovakia
  SM: 27, // San Marino
  VA: 22, // Vatican City
};

export type IbanFailure = 'format' | 'country' | 'length' | 'checksum';

export type IbanParseResult = { ok: true; value: string } | { ok: false; reason: IbanFailure };

/** Removes all whitespace and upper-cases. Does not validate. */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * Remainder of the IBAN's numeric form mod 97 (ISO 7064 MOD 97-10); a valid IBAN gives 1. The creditor
 * reference of ISO 11649 ('RF…') has the same check, so the payment files use this too.
 */
export function ibanMod97(normalized: string): number {
  const rearranged = normalized.slice(4) + normalized.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    // Letters count as two digits: A = 10 … Z = 35.
    const value = Number.parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

/**
 * Validates an IBAN. On success `value` is the normalized (electronic) form.
 * Reasons: 'format' (characters or structure), 'country' (not in ibanLengthByCountry),
 * 'length' (wrong length for the country), 'checksum' (mod-97 check fails).
 */
export function parseIban(input: string): IbanParseResult {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return { ok: false, reason: 'format' };
  const expectedLength = ibanLengthByCountry[iban.slice(0, 2)];
  if (expectedLength === undefined) return { ok: false, reason: 'country' };
  if (iban.length !== expectedLength) return { ok: false, reason: 'length' };
  if (ibanMod97(iban) !== 1) return { ok: false, reason: 'checksum' };
  return { ok: true, value: iban };
}

export function isValidIban(input: string): boolean {
  return parseIban(input).ok;
}

function groupsOfFour(text: string): string {
  return text.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Print format: normalized and split into groups of four ('FI21 1234 5600 0007 85'). */
export function formatIban(input: string): string {
  return groupsOfFour(normalizeIban(input));
}

/**
 * Masked print format for display and logs: the country code and the last four characters
 * stay, every other character (check digits included) becomes '*', grouped by four:
 * 'FI21 1234 5600 0007 85' → 'FI** **** **** **07 85'.
 * Input of six characters or fewer is masked entirely. Works on invalid input too.
 */
export function maskIban(input: string): string {
  const iban = normalizeIban(input);
  if (iban.length <= 6) return groupsOfFour('*'.repeat(iban.length));
  const masked = iban.slice(0, 2) + '*'.repeat(iban.length - 6) + iban.slice(-4);
  return groupsOfFour(masked);
}
