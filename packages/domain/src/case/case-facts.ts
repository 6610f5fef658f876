import * as z from "zod/mini";
import { IsoDate } from "../dates/iso-date.js";
import { CountryCode } from "../reference-data/countries.js";

/**
 * What a portal page can tell about one case and its household. Portals show only part of a case,
 * so everything is optional except the reference and the jurisdiction. No names: the rules never
 * need them, and what is not extracted cannot leak.
 */

const ShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const Relationship = z.enum([
  "principal",
  "spouse",
  "partner",
  "child",
  "parent",
  "sibling",
  "grandparent",
  "grandchild",
  "other-relative",
  "other",
]);
export type Relationship = z.infer<typeof Relationship>;

/** Specific needs recorded for a person (UNHCR specific-needs vocabulary, simplified). */
export const PersonNeed = z.enum([
  "pregnancy",
  "serious-medical-condition",
  "chronic-illness",
  "disability",
  "survivor-of-violence-or-torture",
  "woman-at-risk",
  "single-parent",
  "lgbti-at-risk",
]);
export type PersonNeed = z.infer<typeof PersonNeed>;

/** Why entry was refused at a border post (to the household, or to one of its members). */
export const EntryRefusalReason = z.enum([
  "no-passport",
  "no-visa",
  "missing-stamps",
  "invalid-document",
  "security",
  "other",
]);
export type EntryRefusalReason = z.infer<typeof EntryRefusalReason>;

/** How a household member came to be apart from the others during the procedure. */
export const SeparationKind = z.enum(["refused-entry", "removed", "deported", "detained", "split-off"]);
export type SeparationKind = z.infer<typeof SeparationKind>;

/** The three elements of trafficking in persons, Palermo Protocol art. 3(a). */
export const TraffickingAct = z.enum(["recruitment", "transportation", "transfer", "harbouring", "receipt"]);
export const TraffickingMeans = z.enum([
  "threat",
  "force",
  "coercion",
  "abduction",
  "fraud",
  "deception",
  "abuse-of-power",
  "abuse-of-vulnerability",
  "payments-to-controller",
]);
export const TraffickingPurpose = z.enum([
  "sexual-exploitation",
  "forced-labour",
  "slavery",
  "servitude",
  "organ-removal",
  "other-exploitation",
]);
/** Observable signs a screening form records before the elements are established. */
export const TraffickingSign = z.enum([
  "documents-withheld",
  "debt-bondage",
  "movement-restricted",
  "controlled-by-third-party",
  "false-job-offer",
]);

export const Trafficking = z.strictObject({
  acts: z.optional(z.array(TraffickingAct).check(z.maxLength(10))),
  means: z.optional(z.array(TraffickingMeans).check(z.maxLength(10))),
  purposes: z.optional(z.array(TraffickingPurpose).check(z.maxLength(10))),
  signs: z.optional(z.array(TraffickingSign).check(z.maxLength(10))),
});
export type Trafficking = z.infer<typeof Trafficking>;

export const Person = z.strictObject({
  /** Stable within the case (a row id, "member-2"); the engine numbers people when absent. */
  id: z.optional(ShortText),
  relationship: z.optional(Relationship),
  age: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(130))),
  birthDate: z.optional(IsoDate),
  sex: z.optional(z.enum(["female", "male", "other"])),
  needs: z.optional(z.array(PersonNeed).check(z.maxLength(20))),
  /** A child travelling without a parent or the adult responsible for them by law or custom. */
  unaccompanied: z.optional(z.boolean()),
  /** When it differs from the case's nationality (a child born on the way, a mixed household). */
  nationality: z.optional(CountryCode),
  /** Trafficking facts recorded about this person. */
  trafficking: z.optional(Trafficking),
  separation: z.optional(
    z.strictObject({
      kind: SeparationKind,
      date: z.optional(IsoDate),
      place: z.optional(ShortText),
      /** Why this person was refused entry, when `kind` is `refused-entry` and the record says. */
      reason: z.optional(EntryRefusalReason),
    }),
  ),
});
export type Person = z.infer<typeof Person>;

export const LocationKind = z.enum(["border", "port-of-entry", "airport", "inland", "detention"]);
export type LocationKind = z.infer<typeof LocationKind>;

export const DocumentKind = z.enum([
  "passport",
  "national-id",
  "birth-certificate",
  /** Tarjeta Andina de Migración (Andean migration card). */
  "andean-migration-card",
  "humanitarian-visa",
  /** Temporary stay permit (Peru's Permiso Temporal de Permanencia and similar). */
  "temporary-stay-permit",
  "asylum-seeker-card",
  "refugee-id",
  "residence-card",
  "entry-stamp",
  "exit-stamp",
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const IdentityDocument = z.strictObject({
  kind: DocumentKind,
  /** The country that issued it, or for stamps the country whose border stamped it. */
  country: z.optional(CountryCode),
  status: z.optional(z.enum(["valid", "expired", "missing", "unknown"])),
  issued: z.optional(IsoDate),
  expires: z.optional(IsoDate),
  /** Person id this document belongs to, when the portal says. */
  holder: z.optional(ShortText),
});
export type IdentityDocument = z.infer<typeof IdentityDocument>;

export const EntryStatus = z.enum([
  "tourist",
  "humanitarian-visa",
  "temporary-stay-permit",
  "asylum-seeker",
  "resident",
  "transit",
  "irregular",
  "other",
]);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const Entry = z.strictObject({
  date: z.optional(IsoDate),
  place: z.optional(ShortText),
  decision: z.optional(z.enum(["admitted", "refused", "pending"])),
  refusalReason: z.optional(EntryRefusalReason),
  /** Migratory status granted at entry. */
  status: z.optional(EntryStatus),
  /** Days of stay granted with that status. */
  authorizedDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
  /** End of the authorised stay, when the portal shows it directly. */
  statusExpires: z.optional(IsoDate),
});
export type Entry = z.infer<typeof Entry>;

export const ProcedureStage = z.enum([
  /** The person said they want asylum; nothing is registered yet. */
  "intention-expressed",
  "registered",
  "admitted",
  "interviewed",
  "decided",
  "reconsideration",
  "appeal",
  "closed",
]);
export type ProcedureStage = z.infer<typeof ProcedureStage>;

export const Claim = z.strictObject({
  date: z.optional(IsoDate),
  stage: z.optional(ProcedureStage),
  admittedDate: z.optional(IsoDate),
  /** Carné / document showing the person is an asylum-seeker. */
  asylumSeekerDocument: z.optional(
    z.strictObject({
      issued: z.optional(IsoDate),
      lastRenewed: z.optional(IsoDate),
      expires: z.optional(IsoDate),
    }),
  ),
});
export type Claim = z.infer<typeof Claim>;

/** What a negative decision reasons on. */
export const DecisionGround = z.enum([
  "no-well-founded-fear",
  "no-individual-persecution",
  "economic-reasons",
  "not-credible",
  "cartagena-criteria-not-met",
  "exclusion",
  "safe-third-country",
  "out-of-time",
  "abandonment",
  "other",
]);
export type DecisionGround = z.infer<typeof DecisionGround>;

export const RefugeeDefinition = z.enum(["convention-1951", "cartagena", "complementary-protection"]);
export type RefugeeDefinition = z.infer<typeof RefugeeDefinition>;

/** The first-instance decision on the claim. Reviews of it are `CaseFacts.remedies`. */
export const Decision = z.strictObject({
  outcome: z.enum(["recognized", "rejected", "inadmissible", "complementary-protection", "archived"]),
  date: z.optional(IsoDate),
  notifiedDate: z.optional(IsoDate),
  written: z.optional(z.boolean()),
  grounds: z.optional(z.array(DecisionGround).check(z.maxLength(20))),
  /** Definitions the decision shows it examined. */
  definitionsAssessed: z.optional(z.array(RefugeeDefinition).check(z.maxLength(3))),
});
export type Decision = z.infer<typeof Decision>;

export const RemedyStep = z.enum(["reconsideration", "appeal", "judicial-review"]);
export type RemedyStep = z.infer<typeof RemedyStep>;

/**
 * One review of a negative decision, as lodged: the reconsideration of the first-instance decision,
 * then the appeal against the reconsideration, and so on, in the order they were filed. Until it is
 * decided a remedy keeps the claim pending.
 */
export const RemedyRecord = z.strictObject({
  step: RemedyStep,
  /** The body it was lodged with, as the portal names it. */
  body: z.optional(ShortText),
  filedOn: z.optional(IsoDate),
  /** `pending` while undecided; absent when the record does not say. */
  outcome: z.optional(z.enum(["pending", "granted", "rejected", "inadmissible", "withdrawn"])),
  decidedOn: z.optional(IsoDate),
  /** When the decision on the remedy was notified to the person. */
  notifiedOn: z.optional(IsoDate),
  /** Whether that decision was notified in writing. */
  written: z.optional(z.boolean()),
});
export type RemedyRecord = z.infer<typeof RemedyRecord>;

/** A measure that sends the person (or is about to) out of the country, wherever they are in it. */
export const Removal = z.strictObject({
  measure: z.enum(["deportation", "expulsion", "removal", "readmission", "extradition"]),
  status: z.enum(["ordered", "under-way", "carried-out"]),
  date: z.optional(IsoDate),
  /** The country the person is sent to. */
  destination: z.optional(CountryCode),
});
export type Removal = z.infer<typeof Removal>;

export const ResidenceStatus = z.enum([
  "citizen",
  "refugee",
  "asylum-seeker",
  "temporary-stay-permit",
  "humanitarian-visa",
  "resident",
  "irregular",
  "unknown",
]);
export type ResidenceStatus = z.infer<typeof ResidenceStatus>;

/**
 * A relative living in the country. `relationship` is to the household member named by `of` (a person
 * id), or to the principal when `of` is absent: a grandchild's mother is `{ of: "<grandchild>",
 * relationship: "parent" }`.
 */
export const FamilyMemberInCountry = z.strictObject({
  of: z.optional(ShortText),
  relationship: Relationship,
  status: ResidenceStatus,
});
export type FamilyMemberInCountry = z.infer<typeof FamilyMemberInCountry>;

export const FlightReason = z.enum([
  "persecution-race",
  "persecution-religion",
  "persecution-nationality",
  "persecution-social-group",
  "persecution-political-opinion",
  "threats",
  "generalized-violence",
  "foreign-aggression",
  "internal-conflict",
  "massive-human-rights-violations",
  "public-order-disturbance",
  "lack-of-food",
  "lack-of-medicine",
  "lack-of-health-care",
  "economic",
  "family-reunification",
  "other",
]);
export type FlightReason = z.infer<typeof FlightReason>;

/** Risks in the host country that weigh on protection and resettlement. */
export const ProtectionRisk = z.enum([
  "threat-to-life",
  "risk-of-refoulement",
  "arbitrary-detention",
  "violence-in-host-country",
  "no-durable-solution",
]);
export type ProtectionRisk = z.infer<typeof ProtectionRisk>;

export const CaseFacts = z.strictObject({
  reference: ShortText,
  jurisdiction: CountryCode,
  nationality: z.optional(CountryCode),
  /** Country fled, when it differs from the nationality (stateless people, long-term residents). */
  countryOfOrigin: z.optional(CountryCode),
  location: z.optional(z.strictObject({ kind: LocationKind, place: z.optional(ShortText) })),
  people: z.optional(z.array(Person).check(z.maxLength(50))),
  documents: z.optional(z.array(IdentityDocument).check(z.maxLength(100))),
  entry: z.optional(Entry),
  claim: z.optional(Claim),
  decision: z.optional(Decision),
  remedies: z.optional(z.array(RemedyRecord).check(z.maxLength(10))),
  removal: z.optional(Removal),
  familyInCountry: z.optional(z.array(FamilyMemberInCountry).check(z.maxLength(50))),
  /** Countries (other than this one) where close family holds legal status. */
  familyAbroad: z.optional(z.array(CountryCode).check(z.maxLength(20))),
  flightReasons: z.optional(z.array(FlightReason).check(z.maxLength(20))),
  /**
   * The person's answer when asked whether they fear returning to their country: absent when nobody
   * asked or the record does not say. Only a recorded "none expressed" lets the non-refoulement rules
   * treat a person with no claim as having no protection need.
   */
  fearOfReturn: z.optional(z.enum(["expressed", "none-expressed"])),
  flightDate: z.optional(IsoDate),
  /** Trafficking facts the record does not attribute to a person (prefer `people[].trafficking`). */
  trafficking: z.optional(Trafficking),
  protectionRisks: z.optional(z.array(ProtectionRisk).check(z.maxLength(10))),
});
export type CaseFacts = z.infer<typeof CaseFacts>;
export type CaseFactsInput = z.input<typeof CaseFacts>;

/** Validates untrusted input: throws a ZodError whose issues name each bad field. */
export function parseCaseFacts(input: unknown): CaseFacts {
  return CaseFacts.parse(input);
}
