import * as z from "zod/mini";
import { Citation } from "../sources/citation.js";
import { LocalizedText } from "../i18n/locale.js";
import { IsoDate } from "../dates/iso-date.js";
import { CountryCode } from "../reference-data/countries.js";
import { EntryRefusalReason, EntryStatus, RemedyStep } from "../case/case-facts.js";
import { CartagenaGround } from "../situations/cartagena-grounds.js";

/** A fact with its citation. A fact nobody can cite is `null`, and rules that need it say so. */
const sourced = <T extends z.ZodMiniType>(value: T) => z.nullable(z.strictObject({ value, source: Citation }));

export const Body = z.strictObject({
  /** Official name, in the country's language. */
  name: z.string().check(z.minLength(1)),
  acronym: z.nullable(z.string().check(z.minLength(1))),
});
export type Body = z.infer<typeof Body>;

/** A length of time the law sets, in the unit the law counts in, and what it runs from. */
export const Period = z.strictObject({
  amount: z.number().check(z.int(), z.positive()),
  unit: z.enum(["calendar-days", "working-days", "months"]),
  from: z.enum(["notification", "entry", "filing", "issue"]),
});
export type Period = z.infer<typeof Period>;

/** What a source concludes or recommends: shown apart from the law, and labelled as such. */
export const SourceFinding = z.strictObject({ text: LocalizedText, source: Citation });
export type SourceFinding = z.infer<typeof SourceFinding>;

/** One step of review after a negative decision: reconsideration, appeal... */
export const Remedy = z.strictObject({
  step: RemedyStep,
  /** Its name in the law when that differs from the step's usual name ("recurso de revisión"). */
  name: z.optional(LocalizedText),
  /** Where the remedy is provided for. */
  source: Citation,
  /** The decision this remedy is lodged against. */
  against: z.enum(["first-instance", "reconsideration", "appeal"]),
  body: sourced(Body),
  deadline: sourced(Period),
  /** Conditions that make the remedy hard to use in practice, with their source. */
  practicalBarriers: sourced(LocalizedText),
  /** What a source concludes about the remedy or those conditions, shown apart from the law. */
  findings: z.optional(z.array(SourceFinding)),
});
export type Remedy = z.infer<typeof Remedy>;

export const HumanitarianExceptionCategory = z.enum([
  "child",
  "child-joining-parent",
  "older-person",
  "pregnancy",
  "chronic-illness",
  "serious-medical-condition",
  "disability",
  "asylum-seeker",
]);
export type HumanitarianExceptionCategory = z.infer<typeof HumanitarianExceptionCategory>;

/**
 * An entry requirement imposed on some nationalities for a period, and the humanitarian exceptions
 * that let people in certain groups enter without meeting it. Each regime is one act in force for
 * a span of dates: a refusal is judged by the regime in force on the day of the refusal.
 */
export const HumanitarianExceptionRegime = z.strictObject({
  /** The act that imposes the requirement and its exceptions (an instrument id). */
  instrument: z.string().check(z.minLength(1)),
  /** Nationalities the requirement applies to. */
  nationalities: z.array(CountryCode).check(z.minLength(1)),
  from: IsoDate,
  /** Last day in force; `null` while in force or when its end is not documented. */
  until: z.nullable(IsoDate),
  requirement: z.enum(["passport", "humanitarian-visa"]),
  /** Refusal reasons the exceptions override for people in the groups. */
  waives: z.array(EntryRefusalReason).check(z.minLength(1)),
  /** The groups, as the source documents them; `null` when no source lists them. */
  categories: z.nullable(z.array(HumanitarianExceptionCategory).check(z.minLength(1))),
  /** Age from which a person counts as older, for the `older-person` group. */
  olderPersonAge: z.nullable(z.number().check(z.int(), z.positive())),
  source: Citation,
  categoriesSource: z.nullable(Citation),
  /**
   * Groups the source neither documents as covered nor shows to be excluded (an earlier regime's groups
   * that "at first" still applied, criteria never published): a person in one may be covered, and the
   * annotation says only that.
   */
  uncertainCategories: z.optional(
    z.strictObject({
      categories: z.array(HumanitarianExceptionCategory).check(z.minLength(1)),
      source: Citation,
      note: LocalizedText,
    }),
  ),
  /** Where the source is ambiguous or incomplete about this regime, in words an officer can read. */
  caveat: z.nullable(LocalizedText),
  /** What a source says ought to have happened, beyond what the act says. */
  findings: z.array(SourceFinding),
});
export type HumanitarianExceptionRegime = z.infer<typeof HumanitarianExceptionRegime>;

export const CartagenaIncorporation = z.strictObject({
  extent: z.enum(["full", "partial", "none"]),
  /** The Cartagena grounds the national definition includes. */
  grounds: z.array(CartagenaGround),
  instrument: z.string().check(z.minLength(1)),
  provision: z.string().check(z.minLength(1)),
});
export type CartagenaIncorporation = z.infer<typeof CartagenaIncorporation>;

/** Whether the authorities are documented as applying the extended definition to people from one origin. */
export const CartagenaPractice = z.strictObject({
  origin: CountryCode,
  applied: z.boolean(),
  source: Citation,
});
export type CartagenaPractice = z.infer<typeof CartagenaPractice>;

export const EntryStatusRule = z.strictObject({
  status: EntryStatus,
  /** Days of stay the status gives asylum-seekers registered with it. */
  days: z.number().check(z.int(), z.positive()),
  /** Other lengths the same or another source gives for it: a source that contradicts itself is recorded whole. */
  conflicting: z.array(
    z.strictObject({ days: z.number().check(z.int(), z.positive()), source: Citation, note: LocalizedText }),
  ),
});
export type EntryStatusRule = z.infer<typeof EntryStatusRule>;

export const AsylumSeekerDocument = z.strictObject({
  name: LocalizedText,
  /** How long one issue or renewal lasts; `null` when it is valid until the final decision. */
  validity: z.nullable(Period),
});
export type AsylumSeekerDocument = z.infer<typeof AsylumSeekerDocument>;

/**
 * What the rules need to know about one country's asylum system, every fact cited. A fact that is not
 * known is `null`; a fact whose value is "the law sets none" is cited with the value `null`.
 * A coordinator publishes updates as new versions (see `version`, `lastVerified`).
 */
export const Jurisdiction = z.strictObject({
  country: CountryCode,
  version: z.number().check(z.int(), z.positive()),
  /** When someone last checked these facts against their sources. */
  lastVerified: IsoDate,
  refugeeLaw: sourced(z.strictObject({ instrument: z.string().check(z.minLength(1)) })),
  cartagena: sourced(CartagenaIncorporation),
  /** Per country of origin: whether the extended definition is documented as applied in practice. */
  cartagenaPractice: z.array(CartagenaPractice),
  commission: sourced(Body),
  remedies: z.array(Remedy),
  /**
   * Whether a period that ends on a day the office is closed runs on to the next working day (Brazil's
   * Law 9.784 art. 66 §1, for instance): the count then needs the country's holidays to be exact.
   */
  deadlineEndsOnWorkingDay: sourced(z.boolean()),
  /** How long after entry a claim may be filed; value `null` when the law sets no limit. */
  claimFilingDeadline: sourced(z.nullable(Period)),
  /** How long the authority has to decide; value `null` when the law sets no limit. */
  decisionTimeLimit: sourced(z.nullable(Period)),
  asylumSeekerDocument: sourced(AsylumSeekerDocument),
  entryStatusForAsylumSeekers: sourced(EntryStatusRule),
  /** `null`: not known; `[]`: none documented. */
  humanitarianExceptions: z.nullable(z.array(HumanitarianExceptionRegime)),
  /** Age from which the jurisdiction's rules treat a person as older (vulnerability). */
  olderPersonAge: sourced(z.number().check(z.int(), z.positive())),
  /** Whether asylum claims at the border are processed there while the person waits outside. */
  borderProcedure: sourced(LocalizedText),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;
