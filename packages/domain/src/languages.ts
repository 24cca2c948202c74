// User interface and correspondence languages: Finnish, Swedish, English.

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
