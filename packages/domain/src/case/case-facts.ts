import * as z from "zod/mini";
import { IsoDate } from "../dates/iso-date.js";
import { CountryCode } from "../reference-data/countries.js";

/**
 * What a portal page can tell about one case and its household. Portals show only part of a case,
 * so everything is optional except the reference and the jurisdiction. No names: the rules never
 * need them, and what is not extracted cannot leak.
 */

const ShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * A field with its description, for the field reference generated into the SDK's README. A copy (whose
 * parent is the original) is described, so a type used by many fields, such as `CountryCode`, keeps no
 * one field's text; registering adds no check, so parsing costs the same.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

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
  acts: described(
    z.optional(z.array(TraffickingAct).check(z.maxLength(10))),
    "The acts recorded: how the person was recruited, moved or received (the first element of trafficking).",
  ),
  means: described(
    z.optional(z.array(TraffickingMeans).check(z.maxLength(10))),
    "The means recorded: threats, force, deception and the like (the second element).",
  ),
  purposes: described(
    z.optional(z.array(TraffickingPurpose).check(z.maxLength(10))),
    "The purposes of exploitation recorded (the third element).",
  ),
  signs: described(
    z.optional(z.array(TraffickingSign).check(z.maxLength(10))),
    "Signs a screening form records before the three elements are established.",
  ),
});
export type Trafficking = z.infer<typeof Trafficking>;

export const Person = z.strictObject({
  id: described(
    z.optional(ShortText),
    'An identifier stable within the case (a row id, "member-2"); when absent the engine numbers people in order.',
  ),
  relationship: described(z.optional(Relationship), "How this person is related to the principal applicant."),
  age: described(
    z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(130))),
    "Age in whole years as the record gives it; a birth date, when also known, is preferred.",
  ),
  birthDate: described(z.optional(IsoDate), "Date of birth."),
  sex: described(z.optional(z.enum(["female", "male", "other"])), "Sex as recorded."),
  needs: described(
    z.optional(z.array(PersonNeed).check(z.maxLength(20))),
    "Specific needs recorded for this person (a simplified UNHCR specific-needs list).",
  ),
  unaccompanied: described(
    z.optional(z.boolean()),
    "A child travelling without a parent or the adult responsible for them by law or custom.",
  ),
  nationality: described(
    z.optional(CountryCode),
    "This person's nationality, when it differs from the case's (a child born on the way, a mixed household).",
  ),
  trafficking: described(z.optional(Trafficking), "Trafficking facts recorded about this person."),
  separation: described(
    z.optional(
      z.strictObject({
        kind: described(SeparationKind, "How this person came to be apart from the rest of the household."),
        date: described(z.optional(IsoDate), "When the separation happened."),
        place: described(z.optional(ShortText), "Where it happened, as the portal names the place."),
        reason: described(
          z.optional(EntryRefusalReason),
          "Why this person was refused entry, when the kind is a refusal of entry and the record says.",
        ),
      }),
    ),
    "How and when this person was separated from the household during the procedure.",
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
  kind: described(DocumentKind, "What kind of document or stamp it is."),
  country: described(
    z.optional(CountryCode),
    "The country that issued it, or for a stamp the country whose border stamped it.",
  ),
  status: described(
    z.optional(z.enum(["valid", "expired", "missing", "unknown"])),
    "Whether the document is valid, expired or missing.",
  ),
  issued: described(z.optional(IsoDate), "When it was issued."),
  expires: described(z.optional(IsoDate), "When it expires."),
  holder: described(z.optional(ShortText), "The id of the person it belongs to, when the portal says."),
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
  date: described(z.optional(IsoDate), "When the person arrived at the border or port of entry."),
  place: described(z.optional(ShortText), "The border post, port or airport, as the portal names it."),
  decision: described(
    z.optional(z.enum(["admitted", "refused", "pending"])),
    "What the border authority decided on entry.",
  ),
  refusalReason: described(z.optional(EntryRefusalReason), "Why entry was refused, when it was."),
  status: described(z.optional(EntryStatus), "The migratory status granted at entry."),
  authorizedDays: described(
    z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
    "Days of stay granted with that status.",
  ),
  statusExpires: described(z.optional(IsoDate), "When the authorised stay ends, when the portal shows it directly."),
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
  date: described(z.optional(IsoDate), "When the asylum claim was lodged."),
  stage: described(z.optional(ProcedureStage), "Where the claim stands in the procedure."),
  admittedDate: described(z.optional(IsoDate), "When the claim was admitted to the procedure."),
  asylumSeekerDocument: described(
    z.optional(
      z.strictObject({
        issued: described(z.optional(IsoDate), "When it was first issued."),
        lastRenewed: described(z.optional(IsoDate), "When it was last renewed."),
        expires: described(z.optional(IsoDate), "When it expires."),
      }),
    ),
    "The card or document showing the person is an asylum-seeker (the carné).",
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
  outcome: described(
    z.enum(["recognized", "rejected", "inadmissible", "complementary-protection", "archived"]),
    "What the first-instance decision was.",
  ),
  date: described(z.optional(IsoDate), "When the decision was taken."),
  notifiedDate: described(
    z.optional(IsoDate),
    "When it was notified to the person: remedy deadlines run from a written notification.",
  ),
  written: described(z.optional(z.boolean()), "Whether the decision was notified in writing."),
  grounds: described(
    z.optional(z.array(DecisionGround).check(z.maxLength(20))),
    "What a negative decision reasons on.",
  ),
  definitionsAssessed: described(
    z.optional(z.array(RefugeeDefinition).check(z.maxLength(3))),
    "The refugee definitions the decision shows it examined.",
  ),
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
  step: described(RemedyStep, "Which review it is: reconsideration, appeal or judicial review."),
  body: described(z.optional(ShortText), "The body it was lodged with, as the portal names it."),
  filedOn: described(z.optional(IsoDate), "When it was lodged."),
  outcome: described(
    z.optional(z.enum(["pending", "granted", "rejected", "inadmissible", "withdrawn"])),
    "Pending while undecided, else how it was decided; absent when the record does not say.",
  ),
  decidedOn: described(z.optional(IsoDate), "When it was decided."),
  notifiedOn: described(z.optional(IsoDate), "When the decision on the remedy was notified to the person."),
  written: described(z.optional(z.boolean()), "Whether that decision was notified in writing."),
});
export type RemedyRecord = z.infer<typeof RemedyRecord>;

/** A measure that sends the person (or is about to) out of the country, wherever they are in it. */
export const Removal = z.strictObject({
  measure: described(
    z.enum(["deportation", "expulsion", "removal", "readmission", "extradition"]),
    "The measure, as the law names it.",
  ),
  status: described(
    z.enum(["ordered", "under-way", "carried-out"]),
    "Whether it is ordered, under way or carried out.",
  ),
  date: described(z.optional(IsoDate), "When it was ordered or carried out."),
  destination: described(z.optional(CountryCode), "The country the person is sent to."),
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
  of: described(
    z.optional(ShortText),
    "The id of the household member this relative is related to; absent means the principal applicant.",
  ),
  relationship: described(Relationship, "How the relative is related to that member."),
  status: described(ResidenceStatus, "The relative's status in the country."),
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
  reference: described(ShortText, "The case number the portal shows; it names the case in badges and errors."),
  jurisdiction: described(
    CountryCode,
    "The country whose law applies. The SDK fills it in from the plugin: an extractor does not return it.",
  ),
  nationality: described(z.optional(CountryCode), "The principal applicant's nationality."),
  countryOfOrigin: described(
    z.optional(CountryCode),
    "The country fled, when it differs from the nationality (stateless people, long-term residents).",
  ),
  location: described(
    z.optional(
      z.strictObject({
        kind: described(LocationKind, "What kind of place the person is in."),
        place: described(z.optional(ShortText), "Its name, as the portal gives it."),
      }),
    ),
    "Where the person is now. A place without its kind is an error: give both, or neither.",
  ),
  people: described(
    z.optional(z.array(Person).check(z.maxLength(50))),
    "The household, one entry per person; no names.",
  ),
  documents: described(
    z.optional(z.array(IdentityDocument).check(z.maxLength(100))),
    "Identity and travel documents, permits and border stamps on file.",
  ),
  entry: described(z.optional(Entry), "The arrival in the country and what the border authority decided."),
  claim: described(z.optional(Claim), "The asylum claim."),
  decision: described(z.optional(Decision), "The first-instance decision on the claim."),
  remedies: described(
    z.optional(z.array(RemedyRecord).check(z.maxLength(10))),
    "Reviews of a negative decision, in the order they were lodged.",
  ),
  removal: described(z.optional(Removal), "A measure that sends the person out of the country, or is about to."),
  familyInCountry: described(
    z.optional(z.array(FamilyMemberInCountry).check(z.maxLength(50))),
    "Relatives living in this country, and their status.",
  ),
  familyAbroad: described(
    z.optional(z.array(CountryCode).check(z.maxLength(20))),
    "Countries (other than this one) where close family holds legal status.",
  ),
  flightReasons: described(
    z.optional(z.array(FlightReason).check(z.maxLength(20))),
    "Why the person fled, as the record states it.",
  ),
  // Only a recorded "none expressed" lets the non-refoulement rules treat a person with no claim as
  // having no protection need: absence means nobody asked, not "no fear".
  fearOfReturn: described(
    z.optional(z.enum(["expressed", "none-expressed"])),
    "The person's answer when asked whether they fear returning; absent when nobody asked or the record does not say.",
  ),
  flightDate: described(z.optional(IsoDate), "When the person left their country."),
  trafficking: described(
    z.optional(Trafficking),
    "Trafficking facts the record does not attribute to one person (prefer people[].trafficking).",
  ),
  protectionRisks: described(
    z.optional(z.array(ProtectionRisk).check(z.maxLength(10))),
    "Risks in this country that weigh on protection and resettlement.",
  ),
});
export type CaseFacts = z.infer<typeof CaseFacts>;
export type CaseFactsInput = z.input<typeof CaseFacts>;

/** Validates untrusted input: throws a ZodError whose issues name each bad field. */
export function parseCaseFacts(input: unknown): CaseFacts {
  return CaseFacts.parse(input);
}
