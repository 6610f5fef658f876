import * as z from "zod/mini";
import { isCountryCode, type Locale } from "@solidaria/domain";

/**
 * What `create-plugin` is asked for, checked before anything is written. Each error names the option
 * as it is typed on the command line and says what it takes.
 */

const LAYOUTS = ["table", "cards", "detail"] as const;
export type Layout = (typeof LAYOUTS)[number];
const LANGUAGES = ["es", "pt", "en"] as const;

function oneOf<T extends string>(flag: string, values: readonly [T, ...T[]]) {
  return z.enum(values, {
    error: (issue) => `${flag}: expected one of ${values.join(", ")}; got ${JSON.stringify(issue.input)}`,
  });
}

export const ScaffoldRequest = z.strictObject({
  name: z.string().check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: (issue) =>
        `NAME: expected lower-case words joined by dashes, e.g. br-conare-cards; got ${JSON.stringify(issue.input)}`,
    }),
  ),
  jurisdiction: z.string().check(
    z.refine((code: string) => /^[A-Z]{2}$/.test(code) && isCountryCode(code), {
      error: (issue) =>
        `--jurisdiction: expected an ISO 3166-1 alpha-2 country code such as BR; got ${JSON.stringify(issue.input)}`,
    }),
  ),
  layout: oneOf("--layout", LAYOUTS),
  lang: z.optional(oneOf("--lang", LANGUAGES)),
});

/** Countries whose portals are written in Portuguese or in Spanish; the others get an English template. */
const PORTUGUESE = new Set(["BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"]);
const SPANISH = new Set([
  "AR",
  "BO",
  "CL",
  "CO",
  "CR",
  "CU",
  "DO",
  "EC",
  "ES",
  "GQ",
  "GT",
  "HN",
  "MX",
  "NI",
  "PA",
  "PE",
  "PR",
  "PY",
  "SV",
  "UY",
  "VE",
]);

/** The language of the template: `--lang` when given, else the language the country's portals are in. */
export function languageOf(jurisdiction: string, lang?: Locale): Locale {
  if (lang) return lang;
  if (PORTUGUESE.has(jurisdiction)) return "pt";
  return SPANISH.has(jurisdiction) ? "es" : "en";
}
