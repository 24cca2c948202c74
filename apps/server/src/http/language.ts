// The language of the texts a response carries (validation messages and the like): the first of Finnish, Swedish
// and English that the Accept-Language header asks for, else the person's preferred language.
import { isLanguage, type Language } from '@tuki/domain';
import type { FastifyRequest } from 'fastify';

/** The languages of an Accept-Language header that we speak, most wanted first (q=0 means "not this"). */
export function acceptedLanguages(header: string | undefined): Language[] {
  if (!header) return [];
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...parameters] = part.trim().split(';');
      const q = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { primary: range.trim().split('-')[0]?.toLowerCase() ?? '', weight, index };
    })
    .filter((range) => Number.isFinite(range.weight) && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const result: Language[] = [];
  for (const { primary } of ranges) {
    if (isLanguage(primary) && !result.includes(primary)) result.push(primary);
  }
  return result;
}

export function userLanguage(acceptLanguage: string | undefined, preferred: Language): Language {
  return acceptedLanguages(acceptLanguage)[0] ?? preferred;
}

/** The language of a request's texts: Accept-Language, else a signed-in citizen's own language, else Finnish. */
export function requestLanguage(request: FastifyRequest): Language {
  const principal = request.principal;
  const preferred =
    principal?.kind === 'citizen' && isLanguage(principal.person.preferred_language)
      ? principal.person.preferred_language
      : 'fi';
  const header = request.headers['accept-language'];
  return userLanguage(typeof header === 'string' ? header : undefined, preferred);
}
