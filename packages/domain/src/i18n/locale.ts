import * as z from "zod/mini";

/** The three languages every user-facing text exists in. */
export const LOCALES = ["es", "pt", "en"] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A text a person reads, in every supported language. */
export const LocalizedText = z.strictObject({
  es: z.string().check(z.minLength(1)),
  pt: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Picks the supported locale for a BCP 47 tag such as "pt-BR" or "es-419";
 * anything else falls back to `fallback` (Spanish: the language of most of the portals).
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = "es"): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : fallback;
}

/** Builds a LocalizedText from one template function applied to each locale. */
export function localize(render: (locale: Locale) => string): LocalizedText {
  return { es: render("es"), pt: render("pt"), en: render("en") };
}
