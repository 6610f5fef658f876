import { LOCALES, type Locale } from "@solidaria/domain";

export const LOCALE_STORAGE_KEY = "solidaria.dashboard.locale";

/** The language chosen before (remembered), else the first of the browser's languages we have, else Spanish. */
export function initialLocale(stored: string | null, languages: readonly string[]): Locale {
  if (stored !== null && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  for (const tag of languages) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
    if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  }
  return "es";
}

/** Each language's name in itself, for the chooser. */
export const LANGUAGE_NAMES: Record<Locale, string> = { es: "Español", pt: "Português", en: "English" };
