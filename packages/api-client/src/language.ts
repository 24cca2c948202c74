// The user's interface language, sent in `Accept-Language` on every request so that the API answers (problem
// details, field messages) in the same language. The web apps set it when the language changes.

let acceptLanguage: string | undefined;

export function setAcceptLanguage(language: string | undefined): void {
  acceptLanguage = language;
}

export function getAcceptLanguage(): string | undefined {
  return acceptLanguage;
}
