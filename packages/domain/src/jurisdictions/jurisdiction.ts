import * as z from "zod/mini";
import { Citation } from "../sources/citation.js";
import { LocalizedText } from "../i18n/locale.js";
import { CountryCode } from "../reference-data/countries.js";
import { DocumentKind, EntryRefusalReason, EntryStatus } from "../case/case-facts.js";
import { CartagenaGround } from "../situations/cartagena-grounds.js";

/** A fact with its citation. A fact nobody can cite is `null`, and rules that need it say so. */
const sourced = <T extends z.ZodMiniType>(value: T) => z.nullable(z.strictObject({ value, source: Citation }));

export const Body = z.strictObject({
  /** Official name, in the country's language. */
  name: z.string().check(z.minLength(1)),
  acronym: z.nullable(z.string().check(z.minLength(1))),
});
export type Body = z.infer<typeof Body>;

export const Deadline = z.strictObject({
  days: z.number().check(z.int(), z.positive()),
  unit: z.enum(["calendar-days", "working-days"]),
  /** What the period runs from. */
  from: z.enum(["notification", "decision"]),
});
export type Deadline = z.infer<typeof Deadline>;

/** One step of review after a negative decision: reconsideration, appeal... */
export const Remedy = z.strictObject({
  step: z.enum(["reconsideration", "appeal", "judicial-review"]),
  /** The decision instance this remedy is lodged against. */
  against: z.enum(["first-instance", "reconsideration", "appeal"]),
  body: sourced(Body),
  deadline: sourced(Deadline),
  /** Conditions that make the remedy hard to use in practice, with their source. */
  practicalBarriers: sourced(LocalizedText),
});
export type Remedy = z.infer<typeof Remedy>;

export const HumanitarianExceptionCategory = z.enum([
  "child",
  "child-joining-parent",
  "older-person",
  "pregnancy",
  "serious-medical-condition",
  "disability",
]);
export type HumanitarianExceptionCategory = z.infer<typeof HumanitarianExceptionCategory>;

export const HumanitarianExceptions = z.strictObject({
  /** The act that creates the exceptions. */
  instrument: z.string().check(z.minLength(1)),
  categories: z.array(HumanitarianExceptionCategory).check(z.minLength(1)),
  /** Age from which a person counts as older, for the `older-person` category. */
  olderPersonAge: z.nullable(z.number().check(z.int(), z.positive())),
  /** Documents a person must hold for the exception to be applied at all. */
  requiresDocuments: z.array(DocumentKind),
  /** Refusal reasons the exception overrides. */
  waives: z.array(EntryRefusalReason).check(z.minLength(1)),
  inForceSince: z.nullable(z.string()),
});
export type HumanitarianExceptions = z.infer<typeof HumanitarianExceptions>;

export const CartagenaIncorporation = z.strictObject({
  extent: z.enum(["full", "partial", "none"]),
  /** The Cartagena grounds the national definition includes. */
  grounds: z.array(CartagenaGround),
  instrument: z.string().check(z.minLength(1)),
  provision: z.string().check(z.minLength(1)),
});
export type CartagenaIncorporation = z.infer<typeof CartagenaIncorporation>;

export const EntryStatusRule = z.strictObject({
  status: EntryStatus,
  /** Days of stay the status gives asylum-seekers registered with it. */
  days: z.number().check(z.int(), z.positive()),
});

export const Jurisdiction = z.strictObject({
  country: CountryCode,
  refugeeLaw: sourced(z.strictObject({ instrument: z.string().check(z.minLength(1)) })),
  cartagena: sourced(CartagenaIncorporation),
  /** Whether the authorities are documented as applying the Cartagena definition in practice. */
  cartagenaAppliedInPractice: sourced(z.boolean()),
  commission: sourced(Body),
  remedies: z.array(Remedy),
  /** Days an asylum-seeker document is valid before it must be renewed. */
  asylumSeekerRenewalDays: sourced(z.number().check(z.int(), z.positive())),
  entryStatusForAsylumSeekers: sourced(EntryStatusRule),
  humanitarianExceptions: sourced(HumanitarianExceptions),
  /** Age from which the jurisdiction's rules treat a person as older (vulnerability). */
  olderPersonAge: sourced(z.number().check(z.int(), z.positive())),
  /** Days within which the law requires a decision, if it sets one. */
  decisionTimeLimitDays: sourced(z.number().check(z.int(), z.positive())),
  /** Whether asylum claims at the border are processed there while the person waits outside. */
  borderProcedure: sourced(LocalizedText),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;
