import * as z from "zod/mini";
import { CountryCode } from "@solidaria/domain";
import { migrateV1 } from "./migrate.js";

/**
 * A declarative adapter: a portal taught as data (JSON), run by the same runtime as code plugins.
 * Versioned: `schemaVersion` changes when the format does. Version 2 is current; a version 1
 * manifest still loads, migrated (see migrate.ts).
 */

const Text = z.string().check(z.minLength(1));

/** A CSS selector relative to the record (or item); ":scope" is the record (or item) itself. */
const SelectorSource = z.strictObject({ selector: Text, attribute: z.optional(Text) });

/** Where a field's text comes from, relative to the record element. */
export const FieldSource = z.union([
  z.strictObject({ cell: Text }),
  SelectorSource,
  z.strictObject({ definition: Text }),
  z.strictObject({ field: Text }),
  z.strictObject({ constant: z.union([z.string(), z.number(), z.boolean()]) }),
]);
export type FieldSource = z.infer<typeof FieldSource>;

const Vocabulary = z.enum([
  "decision-outcome",
  "entry-decision",
  "procedure-stage",
  "relationship",
  "residence-status",
  "need",
]);

/** How the text becomes a CaseFacts value. */
export const FieldTransform = z.union([
  z.enum(["text", "date", "age-from-birth-date", "yes-no", "country", "integer", "days"]),
  z.strictObject({ map: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }),
  z.strictObject({ vocabulary: Vocabulary }),
]);
export type FieldTransform = z.infer<typeof FieldTransform>;

const PATH = /^[a-zA-Z]+(\[(\d+|\+)\])?(\.[a-zA-Z]+(\[(\d+|\+)\])?)*$/;

/** Path in CaseFacts: "reference", "nationality", "decision.outcome", "people[0].age", "documents[+].kind". */
const CaseFactsPath = z.string().check(
  z.regex(PATH, { message: "must be a CaseFacts path like decision.outcome or people[0].age" }),
  // Object's own machinery is never a CaseFacts field (and writing it would change every object).
  z.refine((path) => !/(^|\.)(constructor|prototype)(\[|\.|$)/.test(path), {
    message: "must be a CaseFacts path, not constructor or prototype",
  }),
);

const Value = z.union([z.string(), z.number(), z.boolean()]);

// ---------------------------------------------------------------------------------------------
// Version 1 (still accepted, migrated on load)
// ---------------------------------------------------------------------------------------------

const FieldMappingV1 = z.strictObject({
  to: CaseFactsPath,
  from: FieldSource,
  transform: z.optional(FieldTransform),
  split: z.optional(z.string()),
});

const AdapterPageV1 = z.strictObject({
  kind: Text,
  matches: z.optional(z.array(z.string())),
  records: Text,
  anchor: z.optional(Text),
  fields: z.array(FieldMappingV1).check(z.minLength(1)),
});

const Identity = {
  id: z.string().check(z.regex(/^[a-z0-9]+([.-][a-z0-9]+)+$/, { message: "must look like br.conare.cards" })),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z
    .string()
    .check(z.regex(/^\d+\.\d+\.\d+(-[0-9a-z.-]+)?$/i, { message: "must be a semantic version such as 1.0.0" })),
  jurisdiction: CountryCode,
  matches: z.array(z.string()).check(z.minLength(1)),
};

export const AdapterManifestV1 = z.strictObject({
  schemaVersion: z.literal(1),
  ...Identity,
  pages: z.array(AdapterPageV1).check(z.minLength(1)),
});
export type AdapterManifestV1 = z.infer<typeof AdapterManifestV1>;

// ---------------------------------------------------------------------------------------------
// Version 2
// ---------------------------------------------------------------------------------------------

/** A regular expression the browser can compile (Unicode mode, as the adapter runs it). */
const Pattern = z.string().check(
  z.minLength(1),
  z.refine(
    (source) => {
      try {
        new RegExp(source, "u");
        return true;
      } catch {
        return false;
      }
    },
    { message: "must be a valid regular expression (JavaScript syntax, Unicode mode)" },
  ),
);

/**
 * Narrows the text before the transform. `regex`: the first capture group (or the group named
 * `value`), else the whole match; no match, no value. `contains`: the text only when it contains these
 * words (case, accents and spacing ignored); `value`, when given, then replaces it.
 */
// One object rather than a union: a union's error cannot say which of its keys is wrong.
export const FieldMatch = z
  .strictObject({
    regex: z.optional(Pattern),
    ignoreCase: z.optional(z.boolean()),
    contains: z.optional(Text),
    value: z.optional(Value),
  })
  .check(
    z.refine((match) => (match.regex === undefined) !== (match.contains === undefined), {
      message: 'needs either "regex" or "contains"',
    }),
    z.refine((match) => match.regex === undefined || match.value === undefined, {
      message: '"value" goes with "contains"; a regex reads its value from the page',
    }),
  );
export type FieldMatch = z.infer<typeof FieldMatch>;

/** One source, or alternatives tried in order (the first one found on the page is read). */
const Sources = z.union([FieldSource, z.array(FieldSource).check(z.minLength(1), z.maxLength(10))]);

const valueShape = {
  match: z.optional(FieldMatch),
  transform: z.optional(FieldTransform),
  /** Also treat this value as a list to append to ("flightReasons[+]"), split on this separator. */
  split: z.optional(z.string().check(z.minLength(1))),
  /** The value when the page shows none for the field (not found, empty or a placeholder such as "—"). */
  default: z.optional(Value),
};

/** A value inside one repeated item: "relationship", "age", "needs[+]". */
export const ItemFieldMapping = z.strictObject({ to: CaseFactsPath, from: Sources, ...valueShape });
export type ItemFieldMapping = z.infer<typeof ItemFieldMapping>;

/** Where a record's repeated items are: CSS selectors tried in order, or the list shown under a label. */
export const ItemsSource = z.strictObject({
  selector: z.optional(z.union([Text, z.array(Text).check(z.minLength(1), z.maxLength(10))])),
  definition: z.optional(Text),
});
export type ItemsSource = z.infer<typeof ItemsSource>;

/**
 * A field of the record: either one value (`from`), or repeated items (`items` and their `fields`),
 * each appended to the CaseFacts list named by `to` ("people", "documents", "remedies"...).
 */
export const FieldMapping = z
  .strictObject({
    to: CaseFactsPath,
    from: z.optional(Sources),
    ...valueShape,
    items: z.optional(ItemsSource),
    fields: z.optional(z.array(ItemFieldMapping).check(z.minLength(1))),
  })
  .check(
    z.refine((field) => (field.from === undefined) !== (field.items === undefined), {
      message: 'needs either "from" (one value) or "items" with their "fields" (repeated items)',
    }),
    z.refine((field) => (field.items === undefined) === (field.fields === undefined), {
      message: '"items" and "fields" go together',
    }),
    z.refine((field) => field.items === undefined || /^[a-zA-Z]+$/.test(field.to), {
      message: "with items, must name a CaseFacts list such as people, documents or remedies",
      path: ["to"],
    }),
    z.refine(
      (field) =>
        field.items === undefined ||
        (Object.keys(valueShape).every((key) => !(key in field)) &&
          (field.items.selector === undefined) !== (field.items.definition === undefined)),
      { message: 'needs either "selector" or "definition", and no value options beside "fields"', path: ["items"] },
    ),
  );
export type FieldMapping = z.infer<typeof FieldMapping>;

const AdapterPage = z.strictObject({
  kind: Text,
  matches: z.optional(z.array(z.string())),
  /** One CSS selector; a selector list (".tarjeta, .ficha") reads every version of the page. */
  records: Text,
  anchor: z.optional(Text),
  /** Read in order: a later field that finds a value overrides what an earlier one wrote. */
  fields: z.array(FieldMapping).check(z.minLength(1)),
});
export type AdapterPage = z.infer<typeof AdapterPage>;

export const AdapterManifestV2 = z.strictObject({
  schemaVersion: z.literal(2),
  ...Identity,
  pages: z.array(AdapterPage).check(z.minLength(1)),
});
export type AdapterManifestV2 = z.infer<typeof AdapterManifestV2>;

/**
 * A manifest of any version, validated by its own version's schema (errors name the field in that
 * version's terms) and migrated to the current one.
 */
const AnyVersion = z.discriminatedUnion("schemaVersion", [AdapterManifestV1, AdapterManifestV2]);

export const AdapterManifest = z.pipe(
  AnyVersion,
  z.transform((manifest: z.output<typeof AnyVersion>): AdapterManifestV2 =>
    manifest.schemaVersion === 1 ? migrateV1(manifest) : manifest,
  ),
);
export type AdapterManifest = AdapterManifestV2;
