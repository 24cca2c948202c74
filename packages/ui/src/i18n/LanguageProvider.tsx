// The user's interface language: chosen in the header, remembered in localStorage, written to <html lang> and sent
// to the API in Accept-Language (so that its messages are in the same language). In a browser that has no language
// yet, a signed-in citizen's own language (the person's preferred language) is taken up, once: after that only the
// user's own choice changes it (not, say, a change of the language of their letters in the settings). The app gives its own texts; their
// Finnish is part of the app, the Swedish and English are loaded when needed, and the language changes once they
// have arrived.

import { setAcceptLanguage } from '@tuki/api-client';
import {
  type AppDictionary,
  type AppTexts,
  appFinnish,
  createTranslatorFor,
  defaultLanguage,
  isLanguage,
  type Language,
  loadDictionary,
  registerAppTexts,
  type Translator,
} from '@tuki/i18n/web';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

const storageKey = 'tuki.language';

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The person's own language, when this browser has none yet. */
  adoptLanguage: (language: Language) => void;
  t: Translator;
}

const LanguageContext = createContext<LanguageContextValue | undefined>(undefined);

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be disabled; the choice then lasts until the page is reloaded.
  }
}

interface Loaded {
  language: Language;
  dictionary: AppDictionary;
}

/** The dictionary, or Finnish when it cannot be loaded (an old chunk after a new release, no connection). */
async function dictionaryOf(language: Language): Promise<Loaded> {
  try {
    return { language, dictionary: await loadDictionary(language) };
  } catch {
    return { language: defaultLanguage, dictionary: appFinnish() };
  }
}

/** `texts`: the app's own texts (`@tuki/i18n/web/citizen` or `…/staff`). */
export function LanguageProvider({ texts, children }: { texts: AppTexts; children: ReactNode }) {
  const [initial] = useState<Language>(() => {
    registerAppTexts(texts);
    const language = storedLanguage() ?? defaultLanguage;
    // Before the first request of the page, which may start before any effect has run.
    setAcceptLanguage(language);
    return language;
  });
  const [loaded, setLoaded] = useState<Loaded | undefined>(() =>
    initial === 'fi' ? { language: 'fi', dictionary: appFinnish() } : undefined,
  );
  const requested = useRef<Language>(initial);

  useEffect(() => {
    if (loaded !== undefined) return;
    void dictionaryOf(initial).then((result) => {
      if (requested.current === initial) setLoaded(result);
    });
  }, [initial, loaded]);

  const language = loaded?.language;
  useEffect(() => {
    if (language === undefined) return;
    document.documentElement.lang = language;
    setAcceptLanguage(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    requested.current = next;
    rememberLanguage(next);
    void dictionaryOf(next).then((result) => {
      // Only the last choice counts when the user clicks quickly from one language to another.
      if (requested.current === next) setLoaded(result);
    });
  }, []);
  const adoptLanguage = useCallback(
    (next: Language) => {
      if (storedLanguage() === undefined) setLanguage(next);
    },
    [setLanguage],
  );

  const value = useMemo(
    () =>
      loaded
        ? { language: loaded.language, setLanguage, adoptLanguage, t: createTranslatorFor(loaded.dictionary) }
        : undefined,
    [loaded, setLanguage, adoptLanguage],
  );
  // The first moment of a Swedish or English page: its texts are on their way (a few milliseconds).
  if (!value) return null;
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

function useLanguageContext(): LanguageContextValue {
  const context = useContext(LanguageContext);
  if (!context) throw new Error('useLanguage and useT need a <LanguageProvider> around them');
  return context;
}

/** The current language and a function to change it. */
export function useLanguage(): Pick<LanguageContextValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useLanguageContext();
  return { language, setLanguage };
}

/** Takes up a signed-in citizen's own language when this browser has no language yet. */
export function useAdoptLanguage(): (language: Language) => void {
  return useLanguageContext().adoptLanguage;
}

/** `t('common.signIn')` in the current language. */
export function useT(): Translator {
  return useLanguageContext().t;
}
