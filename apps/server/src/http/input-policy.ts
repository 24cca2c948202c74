// The one input policy for every text the API receives: each string in a request's body, query string and path
// parameters (object keys too) is refused when it holds a C0 control character other than tab, line feed and
// carriage return, or a lone UTF-16 surrogate (text no database or file can keep), and is otherwise normalised to
// Unicode NFC, so "ä" typed as a + combining diaeresis is stored and compared as the one character it is.
// Runs as a preValidation hook after the access rule, before the route's schema: a refusal is 400 problem+json
// whose `errors[]` names each field as the schema validation does (`content.applicant.firstName`, `query.q`).
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requestLanguage } from './language.ts';
import { type FieldError, HttpProblem } from './problem.ts';

/** C0 controls except tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** At most this many refused fields are named in one answer (a body of a thousand NULs gets a short answer). */
export const MAX_NAMED_FIELDS = 20;

/** Deeper JSON than this is refused rather than walked (no real request nests so far). */
export const MAX_INPUT_DEPTH = 64;

export type TextRefusal = 'control_character' | 'ill_formed_text';

/** Why a string breaks the policy, or undefined when it is acceptable. */
export function textRefusal(value: string): TextRefusal | undefined {
  if (CONTROL.test(value)) return 'control_character';
  if (!value.isWellFormed()) return 'ill_formed_text';
  return undefined;
}

export interface InputIssue {
  /** The field's path as segments (array indexes as numbers). */
  path: (string | number)[];
  code: TextRefusal | 'too_deep';
}

/**
 * Applies the policy to a parsed value: returns the value with every string (and object key) in NFC, changing
 * objects and arrays in place, and pushes an issue for each string that is refused.
 */
export function applyInputPolicy(
  value: unknown,
  issues: InputIssue[],
  path: (string | number)[] = [],
): unknown {
  if (typeof value === 'string') {
    const refusal = textRefusal(value);
    if (refusal) {
      issues.push({ path, code: refusal });
      return value;
    }
    return value.normalize('NFC');
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return value;
  if (path.length >= MAX_INPUT_DEPTH) {
    issues.push({ path, code: 'too_deep' });
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      value[index] = applyInputPolicy(value[index], issues, [...path, index]);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const refusal = textRefusal(key);
    if (refusal) {
      issues.push({ path: [...path, key], code: refusal });
      continue;
    }
    const normalised = key.normalize('NFC');
    const entry = applyInputPolicy(record[key], issues, [...path, normalised]);
    if (normalised !== key) {
      delete record[key];
      // Defined as an own property: a key never reaches a prototype, whatever it is.
      Object.defineProperty(record, normalised, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (record[key] !== entry) {
      record[key] = entry;
    }
  }
  return record;
}

/** A field path as the validation errors write it: the body's fields bare, `query.q`, `params.id`. */
export function inputFieldPath(part: 'body' | 'query' | 'params', path: (string | number)[]): string {
  // A key with a dot or an empty key is shown as it is: the path is for people, not for parsing.
  const inner = path.map(String).join('.');
  if (part === 'body') return inner || '(body)';
  return inner ? `${part}.${inner}` : part;
}

/** The language of the texts of a refusal: Accept-Language, else a signed-in citizen's own language. */
function refusalLanguage(request: FastifyRequest): Language {
  return requestLanguage(request);
}

/** Registers the policy for every route (after the access rule, before the schemas). */
export function registerInputPolicy(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues: { part: 'body' | 'query' | 'params'; issue: InputIssue }[] = [];
    const collect = (part: 'body' | 'query' | 'params', value: unknown): unknown => {
      const found: InputIssue[] = [];
      const result = applyInputPolicy(value, found);
      for (const issue of found) issues.push({ part, issue });
      return result;
    };
    request.body = collect('body', request.body);
    request.query = collect('query', request.query);
    request.params = collect('params', request.params);
    if (issues.length === 0) return;
    const language = refusalLanguage(request);
    const errors: FieldError[] = issues.slice(0, MAX_NAMED_FIELDS).map(({ part, issue }) => ({
      path: inputFieldPath(part, issue.path),
      code: issue.code,
      message: translate(language, `validation.${issue.code}`),
    }));
    throw new HttpProblem(400, translate(language, 'validation.invalid_text'), { errors });
  });
}
