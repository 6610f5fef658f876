import * as z from "zod/mini";
import { CountryCode } from "@solidaria/domain";

/**
 * A declarative adapter: a portal taught as data (JSON), run by the same runtime as code plugins.
 * Versioned: `schemaVersion` changes when the format does.
 */

/** Where a field's text comes from, relative to the record element. */
export const FieldSource = z.union([
  z.strictObject({ cell: z.string().check(z.minLength(1)) }),
  z.strictObject({
    selector: z.string().check(z.minLength(1)),
    attribute: z.optional(z.string().check(z.minLength(1))),
  }),
  z.strictObject({ definition: z.string().check(z.minLength(1)) }),
  z.strictObject({ field: z.string().check(z.minLength(1)) }),
  z.strictObject({ constant: z.union([z.string(), z.number(), z.boolean()]) }),
]);

/** How the text becomes a CaseFacts value. */
export const FieldTransform = z.union([
  z.enum(["text", "date", "age-from-birth-date", "yes-no", "country", "integer", "days"]),
  z.strictObject({ map: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }),
  z.strictObject({
    vocabulary: z.enum([
      "decision-outcome",
      "entry-decision",
      "procedure-stage",
      "relationship",
      "residence-status",
      "need",
    ]),
  }),
]);

export const FieldMapping = z.strictObject({
  /** Path in CaseFacts: "reference", "nationality", "decision.outcome", "people[0].age", "documents[+].kind". */
  to: z.string().check(
    z.regex(/^[a-zA-Z]+(\[(\d+|\+)\])?(\.[a-zA-Z]+(\[(\d+|\+)\])?)*$/, {
      message: "must be a CaseFacts path like decision.outcome or people[0].age",
    }),
    // Object's own machinery is never a CaseFacts field (and writing it would change every object).
    z.refine((path) => !/(^|\.)(constructor|prototype)(\[|\.|$)/.test(path), {
      message: "must be a CaseFacts path, not constructor or prototype",
    }),
  ),
  from: FieldSource,
  transform: z.optional(FieldTransform),
  /** Also treat this value as a list to append to ("flightReasons[+]"), split on this separator. */
  split: z.optional(z.string()),
});
export type FieldMapping = z.infer<typeof FieldMapping>;

const AdapterPage = z.strictObject({
  kind: z.string().check(z.minLength(1)),
  matches: z.optional(z.array(z.string())),
  records: z.string().check(z.minLength(1)),
  anchor: z.optional(z.string().check(z.minLength(1))),
  fields: z.array(FieldMapping).check(z.minLength(1)),
});

export const AdapterManifest = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9]+([.-][a-z0-9]+)+$/, { message: "must look like br.conare.cards" })),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z
    .string()
    .check(z.regex(/^\d+\.\d+\.\d+(-[0-9a-z.-]+)?$/i, { message: "must be a semantic version such as 1.0.0" })),
  jurisdiction: CountryCode,
  matches: z.array(z.string()).check(z.minLength(1)),
  pages: z.array(AdapterPage).check(z.minLength(1)),
});
export type AdapterManifest = z.infer<typeof AdapterManifest>;
