import * as z from "zod/mini";
import { Citation } from "../sources/citation.js";
import { LocalizedText } from "../i18n/locale.js";
import { IsoDate } from "../dates/iso-date.js";
import { CountryCode } from "../reference-data/countries.js";
import { CartagenaGround } from "./cartagena-grounds.js";

/** A year ("2014"), a month ("2019-05") or a day ("2019-06-22"): sources are as precise as they are. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "must be YYYY, YYYY-MM or YYYY-MM-DD" }));

/**
 * The situation in a country of origin, as a coordinator publishes it: which Cartagena grounds it
 * meets, since when, and the evidence, every item cited. A new publication bumps `version`.
 */
export const CountrySituation = z.strictObject({
  country: CountryCode,
  version: z.number().check(z.int(), z.positive()),
  /** When this version was published. */
  updated: IsoDate,
  /** When someone last checked the situation against its sources (older than the threshold: stale). */
  lastVerified: IsoDate,
  summary: LocalizedText,
  since: z.nullable(z.strictObject({ value: PartialDate, source: Citation })),
  /** `null` while the situation lasts. */
  endedOn: z.nullable(IsoDate),
  cartagenaGrounds: z.array(z.strictObject({ ground: CartagenaGround, source: Citation })),
  evidence: z.array(z.strictObject({ summary: LocalizedText, source: Citation })).check(z.minLength(1)),
  figures: z.array(
    z.strictObject({
      label: LocalizedText,
      value: z.number().check(z.nonnegative()),
      asOf: PartialDate,
      source: Citation,
    }),
  ),
});
export type CountrySituation = z.infer<typeof CountrySituation>;

export function parseCountrySituation(input: unknown): CountrySituation {
  return CountrySituation.parse(input);
}
