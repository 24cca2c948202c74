// Masking of personal identity codes in free text and structured log data.
//
// Anything shaped like a personal identity code is masked, whether or not its check
// character is right: a mistyped code is still personal data. The whole code is replaced,
// date of birth included, with PERSONAL_IDENTITY_CODE_MASK.

export const PERSONAL_IDENTITY_CODE_MASK = '******-****';

// Six digits, a century sign, three digits and one letter or digit, standing alone: no letter
// or digit may touch it on either side. That keeps UUIDs, IBANs, ISO dates and phone numbers
// (none of which has an 11-character run of this shape) intact. Case-insensitive because
// people type codes in lower case too.
const CODE_LIKE_PATTERN = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Z](?![\p{L}\p{N}])/giu;

/** Replaces every substring shaped like a personal identity code with the mask. */
export function maskPersonalIdentityCodes(text: string): string {
  return text.replace(CODE_LIKE_PATTERN, PERSONAL_IDENTITY_CODE_MASK);
}

// Key names (lower-cased, without '_', '-', spaces or dots) whose values are masked whole.
// A key matches when it ends with one of these, so 'spouseHetu' and
// 'applicant_personal_identity_code' match too.
const SENSITIVE_KEY_SUFFIXES = [
  'personalidentitycode',
  'personalidentitycodes',
  'personalidentitynumber',
  'henkilotunnus',
  'hetu',
  'ssn',
  'socialsecuritynumber',
  'nationalidentificationnumber',
  'nationalidentitynumber',
];

/** True if values under this object key are masked whole by maskDeep. */
export function isSensitiveKey(key: string): boolean {
  const normalized = key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return SENSITIVE_KEY_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns a copy of `value` with personal identity codes masked, for structured logs:
 * - strings are masked with maskPersonalIdentityCodes;
 * - arrays, plain objects, Maps and Sets are copied with their contents (and object keys) masked;
 * - values under sensitive keys (see isSensitiveKey) are replaced whole with the mask,
 *   except null and undefined, which are kept so that absence stays visible;
 * - Errors become plain objects { name, message, stack, ...own properties }, masked;
 * - circular references become '[Circular]';
 * - other values (numbers, booleans, Dates, class instances …) are returned as they are.
 * The input is never modified.
 */
export function maskDeep(value: unknown): unknown {
  return maskValue(value, new WeakSet());
}

function maskValue(value: unknown, ancestors: WeakSet<object>): unknown {
  if (typeof value === 'string') return maskPersonalIdentityCodes(value);
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return '[Circular]';

  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => maskValue(item, ancestors));
    if (value instanceof Map) {
      const copy = new Map<unknown, unknown>();
      for (const [key, item] of value) {
        const sensitive = typeof key === 'string' && isSensitiveKey(key);
        copy.set(maskValue(key, ancestors), sensitive ? maskWhole(item) : maskValue(item, ancestors));
      }
      return copy;
    }
    if (value instanceof Set) return new Set([...value].map((item) => maskValue(item, ancestors)));
    if (value instanceof Error) {
      const fields: Record<string, unknown> = {
        name: value.name,
        message: value.message,
        stack: value.stack,
      };
      if (value.cause !== undefined) fields.cause = value.cause;
      return maskEntries(Object.assign(fields, value), ancestors);
    }
    if (isPlainObject(value)) return maskEntries(value, ancestors);
    return value;
  } finally {
    ancestors.delete(value);
  }
}

function maskEntries(source: Record<string, unknown>, ancestors: WeakSet<object>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) {
    result[maskPersonalIdentityCodes(key)] = isSensitiveKey(key)
      ? maskWhole(item)
      : maskValue(item, ancestors);
  }
  return result;
}

function maskWhole(value: unknown): unknown {
  return value === null || value === undefined ? value : PERSONAL_IDENTITY_CODE_MASK;
}
