import fc from "fast-check";
import {
  CaseFacts,
  DecisionGround,
  DocumentKind,
  EntryRefusalReason,
  EntryStatus,
  FlightReason,
  LocationKind,
  PersonNeed,
  ProcedureStage,
  ProtectionRisk,
  RefugeeDefinition,
  Relationship,
  RemedyStep,
  ResidenceStatus,
  SeparationKind,
  TraffickingAct,
  TraffickingMeans,
  TraffickingPurpose,
  TraffickingSign,
} from "../src/case/case-facts.js";
import { fromDayNumber, toDayNumber } from "../src/dates/iso-date.js";

/** Arbitrary schema-valid CaseFacts, biased towards the countries and dates the rules care about. */

const pick = <T extends string>(schema: { options: readonly T[] }) => fc.constantFrom(...schema.options);
const some = <T extends string>(schema: { options: readonly T[] }) => fc.uniqueArray(pick(schema), { maxLength: 4 });
const country = fc.constantFrom("PE", "EC", "CO", "BR", "CL", "MX", "AR", "VE", "HT", "US", "UY", "FR");
const date = fc
  .integer({ min: toDayNumber("2014-01-01"), max: toDayNumber("2021-12-31") })
  .map((dayNumber) => fromDayNumber(dayNumber));
const opt = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const trafficking = fc.record(
  {
    acts: opt(some(TraffickingAct)),
    means: opt(some(TraffickingMeans)),
    purposes: opt(some(TraffickingPurpose)),
    signs: opt(some(TraffickingSign)),
  },
  { requiredKeys: [] },
);

const person = fc.record(
  {
    id: opt(fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value.trim().length > 0)),
    relationship: opt(pick(Relationship)),
    age: opt(fc.integer({ min: 0, max: 110 })),
    birthDate: opt(date),
    sex: opt(fc.constantFrom("female" as const, "male" as const, "other" as const)),
    needs: opt(some(PersonNeed)),
    unaccompanied: opt(fc.boolean()),
    separation: opt(
      fc.record(
        { kind: pick(SeparationKind), date: opt(date), reason: opt(pick(EntryRefusalReason)) },
        { requiredKeys: ["kind"] },
      ),
    ),
    nationality: opt(country),
    trafficking: opt(trafficking),
  },
  { requiredKeys: [] },
);

export const arbitraryCaseFacts: fc.Arbitrary<CaseFacts> = fc
  .record(
    {
      reference: fc.constant("PROP-1"),
      jurisdiction: country,
      nationality: opt(country),
      countryOfOrigin: opt(country),
      location: opt(fc.record({ kind: pick(LocationKind) })),
      people: opt(fc.array(person, { maxLength: 6 })),
      documents: opt(
        fc.array(
          fc.record(
            {
              kind: pick(DocumentKind),
              status: opt(
                fc.constantFrom("valid" as const, "expired" as const, "missing" as const, "unknown" as const),
              ),
              issued: opt(date),
              expires: opt(date),
            },
            { requiredKeys: ["kind"] },
          ),
          { maxLength: 5 },
        ),
      ),
      entry: opt(
        fc.record(
          {
            date: opt(date),
            decision: opt(fc.constantFrom("admitted" as const, "refused" as const, "pending" as const)),
            refusalReason: opt(pick(EntryRefusalReason)),
            status: opt(pick(EntryStatus)),
            authorizedDays: opt(fc.integer({ min: 1, max: 3650 })),
            statusExpires: opt(date),
          },
          { requiredKeys: [] },
        ),
      ),
      claim: opt(
        fc.record(
          {
            date: opt(date),
            stage: opt(pick(ProcedureStage)),
            admittedDate: opt(date),
            asylumSeekerDocument: opt(
              fc.record({ issued: opt(date), lastRenewed: opt(date), expires: opt(date) }, { requiredKeys: [] }),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      decision: opt(
        fc.record(
          {
            outcome: fc.constantFrom(
              "recognized" as const,
              "rejected" as const,
              "inadmissible" as const,
              "complementary-protection" as const,
              "archived" as const,
            ),
            date: opt(date),
            notifiedDate: opt(date),
            written: opt(fc.boolean()),
            grounds: opt(some(DecisionGround)),
            definitionsAssessed: opt(some(RefugeeDefinition)),
          },
          { requiredKeys: ["outcome"] },
        ),
      ),
      familyInCountry: opt(
        fc.array(
          fc.record(
            {
              of: opt(fc.constantFrom("person-1", "person-2", "person-3", "nobody")),
              relationship: pick(Relationship),
              status: pick(ResidenceStatus),
            },
            { requiredKeys: ["relationship", "status"] },
          ),
          { maxLength: 4 },
        ),
      ),
      familyAbroad: opt(fc.uniqueArray(country, { maxLength: 3 })),
      flightReasons: opt(some(FlightReason)),
      fearOfReturn: opt(fc.constantFrom("expressed" as const, "none-expressed" as const)),
      flightDate: opt(date),
      remedies: opt(
        fc.array(
          fc.record(
            {
              step: pick(RemedyStep),
              filedOn: opt(date),
              outcome: opt(
                fc.constantFrom(
                  "pending" as const,
                  "granted" as const,
                  "rejected" as const,
                  "inadmissible" as const,
                  "withdrawn" as const,
                ),
              ),
              decidedOn: opt(date),
              notifiedOn: opt(date),
              written: opt(fc.boolean()),
            },
            { requiredKeys: ["step"] },
          ),
          { maxLength: 3 },
        ),
      ),
      removal: opt(
        fc.record(
          {
            measure: fc.constantFrom(
              "deportation" as const,
              "expulsion" as const,
              "removal" as const,
              "readmission" as const,
              "extradition" as const,
            ),
            status: fc.constantFrom("ordered" as const, "under-way" as const, "carried-out" as const),
            date: opt(date),
            destination: opt(country),
          },
          { requiredKeys: ["measure", "status"] },
        ),
      ),
      trafficking: opt(trafficking),
      protectionRisks: opt(some(ProtectionRisk)),
    },
    { requiredKeys: ["reference", "jurisdiction"] },
  )
  // Drop keys whose value is undefined so the strict schema sees only present fields.
  .map((raw) => CaseFacts.parse(JSON.parse(JSON.stringify(raw))));

export const arbitraryToday = date;
