import type { LegalCase } from "../legal-case.js";

/** Class 6: non-refoulement at the border and inside the territory, before and after a final decision. */
export const NONREFOULEMENT_CASES: readonly LegalCase[] = [
  {
    name: "refused at CEBAF with no claim on record: ask about fear of return before refusing",
    source:
      "001 ch. 7, 'Violations of the obligation of non-refoulement'; 004 Declaration (non-rejection at the border)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      entry: { decision: "refused", refusalReason: "no-visa" },
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "critical",
        action: { en: ["asking the person whether they fear returning"] },
        basis: ["refugee-convention-1951", "american-convention-1969", "cartagena-declaration-1984"],
      },
    },
  },
  {
    name: "finally rejected (appeal to the Comisión Revisora rejected): assess the risk on return, never 'register a claim'",
    source: "Convention against Torture art. 3; Convención Americana art. 22(8); 001 ch. 7",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-06-01", stage: "decided" },
      decision: { outcome: "rejected", notifiedDate: "2019-07-01", written: true },
      remedies: [
        {
          step: "reconsideration",
          outcome: "rejected",
          decidedOn: "2019-08-01",
          notifiedOn: "2019-08-02",
          written: true,
        },
        { step: "appeal", outcome: "rejected", decidedOn: "2019-10-01", notifiedOn: "2019-10-02", written: true },
      ],
    },
    fires: {
      "nonrefoulement.border-rejection": {
        action: { en: ["assess the risk on return", "does not depend on refugee status"] },
        basis: ["convention-against-torture-1984", "american-convention-1969"],
        never: ["register", "registrar"],
      },
    },
    silent: ["appeal.available"],
  },
  {
    name: "a claim awaiting decision at the border: do not return while it is decided",
    source: "001 ch. 5, 'Changes to asylum procedures'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      entry: { decision: "refused" },
      claim: { date: "2019-11-01" },
    },
    fires: { "nonrefoulement.border-rejection": { action: { en: ["The claim is pending"] }, never: ["register"] } },
  },
  {
    name: "refused at the border, nationality and claim both unknown: undetermined, not silence",
    source: "1951 Convention art. 33(1); 001 ch. 7",
    facts: { location: { kind: "border" }, entry: { decision: "refused" } },
    undetermined: { "nonrefoulement.border-rejection": ["nationality", "claim"] },
  },
  {
    name: "a Peruvian refused at Peru's border is not being returned to a country he fled",
    source: "1951 Convention art. 1A(2) (outside the country of nationality)",
    facts: { nationality: "PE", location: { kind: "border" }, entry: { decision: "refused" } },
    silent: ["nonrefoulement.border-rejection", "nonrefoulement.removal", "definition.cartagena"],
  },
  {
    name: "a tourist from a country with no protection concern and no claim: nothing to flag",
    source: "1951 Convention art. 33(1) (protects refugees and those who may be)",
    facts: {
      nationality: "US",
      location: { kind: "airport" },
      entry: { decision: "refused", refusalReason: "no-visa" },
    },
    silent: ["nonrefoulement.border-rejection"],
  },
  {
    name: "deportation ordered inland while the claim is pending (registered as tourists, then arrest and deportation)",
    source: "001 ch. 5, 'Changes to asylum procedures', fn. 89",
    facts: {
      nationality: "VE",
      location: { kind: "detention", place: "Lima" },
      claim: { date: "2019-03-20" },
      removal: { measure: "deportation", status: "ordered", destination: "VE" },
    },
    fires: {
      "nonrefoulement.removal": {
        severity: "critical",
        detail: { en: ["the country the person fled", "detained"] },
        action: { en: ["The claim is pending"] },
      },
    },
    silent: ["nonrefoulement.border-rejection"],
  },
  {
    name: "sent to Ecuador, a third country with no status for them: chain refoulement",
    source: "001 ch. 7 (indirect or chain refoulement); ch. 6 (Ecuador's 48-hour rule)",
    facts: {
      nationality: "VE",
      claim: { date: "2019-06-01" },
      removal: { measure: "readmission", status: "under-way", destination: "EC" },
    },
    fires: { "nonrefoulement.removal": { detail: { en: ["chain refoulement"] } } },
  },
  {
    name: "a deportation already carried out: recorded and reported, warning",
    source: "001 ch. 7, 'Violations of the obligation of non-refoulement'",
    facts: { nationality: "VE", removal: { measure: "deportation", status: "carried-out" } },
    fires: { "nonrefoulement.removal": { severity: "warning", action: { en: ["Document the return"] } } },
  },
  {
    name: "household members sent back from the border (Carla's mother and nephew)",
    source: "001 ch. 6, 'Appeals against negative first decisions' (Carla)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-09-20" },
      people: [
        { id: "carla", relationship: "principal", age: 35 },
        { id: "mother", relationship: "parent", age: 62, separation: { kind: "removed" } },
        { id: "nephew", relationship: "other-relative", age: 8, separation: { kind: "removed" } },
      ],
    },
    fires: {
      "nonrefoulement.removal": { people: ["mother", "nephew"] },
      "family.separation": { severity: "critical", people: ["mother", "nephew"] },
    },
  },
  {
    name: "a removal order with nationality and claim unknown: undetermined",
    source: "Convention against Torture art. 3",
    facts: { removal: { measure: "expulsion", status: "ordered" } },
    undetermined: { "nonrefoulement.removal": ["nationality", "claim"] },
  },
  {
    name: "a survivor of torture: the Convention against Torture is cited",
    source: "Convention against Torture art. 3",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      entry: { decision: "refused" },
      people: [{ id: "p", relationship: "principal", age: 40, needs: ["survivor-of-violence-or-torture"] }],
    },
    fires: { "nonrefoulement.border-rejection": { basis: ["convention-against-torture-1984"] } },
  },
  {
    name: "admitted and living inland with no removal measure: no refoulement annotation",
    source: "1951 Convention art. 33(1)",
    facts: {
      nationality: "VE",
      location: { kind: "inland" },
      entry: { decision: "admitted" },
      claim: { date: "2019-10-01" },
    },
    silent: ["nonrefoulement.border-rejection", "nonrefoulement.removal", "family.separation"],
  },
];
