import * as z from "zod/mini";
import { Citation } from "../sources/citation.js";
import { LocalizedText } from "../i18n/locale.js";
import { IsoDate } from "../dates/iso-date.js";

/** The annotation vocabulary (docs/architecture.md). Plugin authors and users rely on these codes: never rename one. */
export const BUILTIN_CODES = [
  "definition.cartagena",
  "definition.cartagena-not-assessed",
  "nonrefoulement.border-rejection",
  "nonrefoulement.removal",
  "entry.humanitarian-exception",
  "procedure.no-written-decision",
  "procedure.renewal-due",
  "procedure.long-wait",
  "status.entry-permit-expiry",
  "appeal.available",
  "vulnerability.child",
  "vulnerability.unaccompanied-child",
  "vulnerability.separated-child",
  "vulnerability.older-person",
  "vulnerability.pregnancy",
  "vulnerability.serious-medical-condition",
  "vulnerability.disability",
  "family.reunification",
  "family.separation",
  "trafficking.indicators",
  "resettlement.candidate",
] as const;
export type BuiltinCode = (typeof BUILTIN_CODES)[number];

/** `area.name`, lower case: built-in codes and the codes rule packs add (e.g. `pe.ptp-expiry`). */
export const AnnotationCode = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, { message: "must look like area.name-in-kebab-case" }));
export type AnnotationCode = z.infer<typeof AnnotationCode>;

export const SEVERITIES = ["critical", "warning", "info"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Orders critical first. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * What an annotation rests on. `instrument` is the legal instrument (an id from the catalogue) and its
 * provision; it is `null` when the fact rests only on what a source documents (a practice a report
 * describes, a period a guide gives): then `source` alone is the basis, and clients say so.
 */
export const LegalBasis = z.strictObject({
  instrument: z.nullable(z.string().check(z.minLength(1))),
  provision: z.nullable(z.string().check(z.minLength(1))),
  /** The instrument itself, or where the fact or its application to such facts is documented. */
  source: Citation,
});
export type LegalBasis = z.infer<typeof LegalBasis>;

/** One fact of the case that made the rule fire: a path into CaseFacts and the value found there. */
export const TriggerFact = z.strictObject({
  path: z.string().check(z.minLength(1)),
  value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
});
export type TriggerFact = z.infer<typeof TriggerFact>;

/** What a source concludes or recommends beyond the law: shown apart from it, labelled as the source's. */
export const Finding = z.strictObject({ text: LocalizedText, source: Citation });
export type Finding = z.infer<typeof Finding>;

/** A data set an annotation rests on and when it was last verified; stale data downgrades the annotation. */
export const DataAge = z.strictObject({
  what: LocalizedText,
  lastVerified: IsoDate,
  stale: z.boolean(),
});
export type DataAge = z.infer<typeof DataAge>;

export const Annotation = z.strictObject({
  code: AnnotationCode,
  severity: Severity,
  /** A few words for the badge. */
  title: LocalizedText,
  /** Why it applies, naming the facts. */
  detail: LocalizedText,
  action: z.nullable(LocalizedText),
  basis: z.array(LegalBasis).check(z.minLength(1)),
  due: z.nullable(IsoDate),
  /** Days from `today` to `due`; negative when overdue. */
  daysLeft: z.nullable(z.number().check(z.int())),
  facts: z.array(TriggerFact),
  /** Household members concerned (person ids), empty when it concerns the whole case. */
  people: z.array(z.string()),
  /** What sources conclude or recommend, apart from what the law requires. */
  findings: z.array(Finding),
  /** The data sets behind it, with when each was last verified. */
  dataAge: z.array(DataAge),
});
export type Annotation = z.infer<typeof Annotation>;
