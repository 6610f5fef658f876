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
    name: "asked whether they fear returning, the person said no, and nothing else points to a need: nothing to flag",
    source: "1951 Convention art. 33(1) (protects refugees and those who may be)",
    facts: {
      nationality: "US",
      location: { kind: "airport" },
      entry: { decision: "refused", refusalReason: "no-visa" },
      fearOfReturn: "none-expressed",
    },
    silent: ["nonrefoulement.border-rejection"],
  },
  {
    name: "no fear expressed, but the origin's situation meets Cartagena grounds: still a refoulement risk",
    source: "001 ch. 7 (Inter-American law extends non-refoulement to the Cartagena situations, fn. 141)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      entry: { decision: "refused", refusalReason: "no-visa" },
      fearOfReturn: "none-expressed",
    },
    fires: { "nonrefoulement.border-rejection": { severity: "critical" } },
  },
  {
    name: "a removal ordered for someone with nothing on file about protection: ask before carrying it out",
    source: "001 ch. 7, 'Violations of the obligation of non-refoulement' (expulsion and deportation, fn. 139-140)",
    facts: { nationality: "NI", removal: { measure: "deportation", status: "ordered", destination: "NI" } },
    fires: {
      "nonrefoulement.removal": {
        severity: "warning",
        title: { en: "Possible refoulement risk (removal): ask" },
        detail: { en: ["to Nicaragua, the country the person fled", "does not mean no protection is needed"] },
        action: { en: ["asking the person whether they fear returning"] },
      },
    },
  },
  {
    name: "a Nicaraguan refused at the border with no claim and no situation on file: ask, never silence",
    source:
      "001 ch. 7, 'Violations of the obligation of non-refoulement' (obligations apply whether or not asylum was sought, fn. 140); 004 Declaration (non-rejection at the border)",
    facts: {
      nationality: "NI",
      location: { kind: "border" },
      entry: { decision: "refused", refusalReason: "no-visa", date: "2019-11-18" },
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "warning",
        title: { en: "Possible refoulement risk: ask", es: "Posible riesgo de devolución: preguntar" },
        detail: { en: ["does not mean no protection is needed"] },
        action: { en: ["asking the person whether they fear returning"] },
        basis: ["refugee-convention-1951", "american-convention-1969"],
      },
    },
  },
  {
    name: "an 'economic' reason on the form is a label, not a finding: still ask (Alberto left to feed his family)",
    source: "001 ch. 1 and ch. 6, 'The reality of humanitarian visas' (Alberto); ch. 7",
    facts: {
      nationality: "HT",
      location: { kind: "airport" },
      entry: { decision: "refused", refusalReason: "no-visa" },
      flightReasons: ["economic"],
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "warning",
        detail: { en: ["do not by themselves rule out a protection need"] },
      },
    },
  },
  {
    name: "fear of return expressed, no claim registered yet: the refusal must not be carried out, register the claim",
    source: "1951 Convention art. 33(1); 004 Declaration (non-rejection at the border)",
    facts: {
      nationality: "NI",
      location: { kind: "border" },
      entry: { decision: "refused" },
      fearOfReturn: "expressed",
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "critical",
        action: { en: ["The person has said they fear returning", "register their claim"] },
      },
    },
  },
  {
    name: "the remedy period ended by the count: the advice is the final-rejection one, and to check the remedy",
    source: "Convention against Torture art. 3; Convención Americana art. 22(8); TUO Ley 27444 art. 218.2",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-08-01" },
      decision: { outcome: "rejected", written: true, notifiedDate: "2019-09-02", grounds: ["no-well-founded-fear"] },
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "critical",
        action: {
          en: ["assess the risk on return", "Also check whether a remedy against the decision can still be lodged"],
        },
        basis: ["convention-against-torture-1984"],
        never: ["while the decision can still be challenged"],
      },
    },
  },
  {
    name: "the notification date unknown: whether a remedy still lies is unknown, so the final-rejection advice too",
    source: "Convention against Torture art. 3; Convención Americana art. 22(8)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-08-01" },
      decision: { outcome: "rejected", written: true },
    },
    fires: {
      "nonrefoulement.border-rejection": {
        action: { en: ["assess the risk on return", "Also check whether a remedy"] },
      },
    },
  },
  {
    name: "within the remedy period: do not return while the decision can still be challenged",
    source: "TUO Ley 27444 art. 218.2; 001 ch. 6, 'Appeals against negative first decisions'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-08-01" },
      decision: { outcome: "rejected", written: true, notifiedDate: "2019-11-14" },
    },
    fires: {
      "nonrefoulement.border-rejection": {
        action: { en: ["while the decision can still be challenged"] },
        notBasis: ["convention-against-torture-1984"],
      },
    },
  },
  {
    name: "a household member refused entry at CEBAF is a rejection at the border for that person",
    source: "Cartagena Declaration concl. III(5); 004 Declaration (non-rejection at the border)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-10-01" },
      people: [
        { id: "a", relationship: "principal", age: 29, sex: "female" },
        { id: "b", relationship: "other-relative", age: 15, separation: { kind: "refused-entry", date: "2019-11-05" } },
      ],
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "critical",
        people: ["b"],
        detail: {
          en: ["Household member refused entry: a relative (15)"],
          es: ["se denegó la entrada a esta persona"],
        },
        action: { en: ["Also review the refusal of entry of each household member named"] },
      },
      "vulnerability.separated-child": { severity: "critical", people: ["b"] },
    },
    // The reason for the member's refusal is not on record: whether an exception covered her is asked for.
    undetermined: { "entry.humanitarian-exception": ["people[1].separation.reason"] },
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
    fires: {
      "nonrefoulement.removal": {
        detail: {
          en: ["chain refoulement"],
          es: ["hacia Ecuador, un tercer país desde el que la persona puede ser devuelta"],
          pt: ["para o Equador, um terceiro país do qual a pessoa pode ser devolvida"],
        },
      },
    },
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
      "nonrefoulement.removal": {
        people: ["mother", "nephew"],
        detail: {
          es: ["Del grupo familiar, estas personas fueron devueltas o expulsadas"],
          pt: ["Do grupo familiar, estas pessoas foram devolvidas ou expulsas"],
          en: ["Household members sent back or removed"],
        },
        never: ["Fue devuelto o expulsado del grupo", "removed from the household"],
      },
      "family.separation": { severity: "critical", people: ["mother", "nephew"] },
      "vulnerability.separated-child": { people: ["nephew"] },
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
    silent: [
      "nonrefoulement.border-rejection",
      "nonrefoulement.removal",
      "family.separation",
      "vulnerability.separated-child",
    ],
  },
];
