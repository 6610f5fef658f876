import type { LegalCase } from "../legal-case.js";

/** Class 3: the right person: facts belong to people, relationships run between household members. */
export const PERSON_CASES: readonly LegalCase[] = [
  {
    name: "trafficking facts of a 15-year-old: act and purpose suffice, no means is needed",
    source: "Palermo Protocol art. 3(c); 002 (56% of trafficking victims in Peru under 18)",
    facts: {
      nationality: "VE",
      people: [
        { id: "aunt", relationship: "other-relative", age: 40 },
        {
          id: "girl",
          relationship: "other-relative",
          age: 15,
          trafficking: { acts: ["recruitment"], purposes: ["sexual-exploitation"] },
        },
      ],
    },
    fires: {
      "trafficking.indicators": {
        severity: "critical",
        people: ["girl"],
        detail: { en: ["As this is a child, no means is needed"] },
        basis: ["palermo-trafficking-protocol-2000"],
        never: ["all three elements"],
      },
    },
  },
  {
    name: "trafficking facts no one is named in, no principal marked: never taken as the first person's",
    source: "Palermo Protocol art. 3(a) and (c)",
    facts: {
      nationality: "VE",
      people: [
        { id: "a", age: 14 },
        { id: "b", age: 38 },
      ],
      trafficking: { acts: ["transportation"], purposes: ["forced-labour"] },
    },
    fires: {
      "trafficking.indicators": {
        severity: "warning",
        people: [],
        detail: { en: ["Not on record: a means", "If these facts concern a child"] },
        never: ["all three elements", "As this is a child"],
      },
    },
  },
  {
    name: "trafficking facts of a person of unknown age without a means: undetermined, not guessed either way",
    source: "Palermo Protocol art. 3(c) and (d) (a child is under 18)",
    facts: {
      nationality: "VE",
      people: [{ id: "p", trafficking: { acts: ["recruitment"], purposes: ["sexual-exploitation"] } }],
    },
    undetermined: { "trafficking.indicators": ["people[0].age"] },
  },
  {
    name: "an adult with act, means and purpose on record (deception into sexual exploitation in a mining area)",
    source: "002 (trafficking for sexual exploitation in mining areas); Palermo Protocol art. 3(a)",
    facts: {
      nationality: "VE",
      people: [
        {
          id: "w",
          relationship: "principal",
          age: 22,
          sex: "female",
          trafficking: { acts: ["recruitment"], means: ["deception"], purposes: ["sexual-exploitation"] },
        },
      ],
    },
    fires: {
      "trafficking.indicators": {
        severity: "critical",
        people: ["w"],
        detail: { en: ["all three elements", "deception"] },
      },
    },
  },
  {
    name: "a single element and no signs is not a trafficking indicator",
    source: "Palermo Protocol art. 3(a); 003 (trafficking vs smuggling)",
    facts: { nationality: "VE", people: [{ id: "p", age: 30, trafficking: { acts: ["transportation"] } }] },
    silent: ["trafficking.indicators"],
  },
  {
    name: "a child joining her own parent counts when the principal is her grandparent",
    source: "001 ch. 6, 'The reality of humanitarian exceptions' (children seeking to reunite with a parent)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [
        { id: "grandma", relationship: "principal", age: 58, sex: "female" },
        { id: "grandchild", relationship: "grandchild", age: 11 },
      ],
      entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
      familyInCountry: [{ of: "grandchild", relationship: "parent", status: "temporary-stay-permit" }],
    },
    fires: {
      "entry.humanitarian-exception": { people: ["grandchild"], detail: { en: ["children joining a parent"] } },
    },
    silent: ["family.reunification"],
  },
  {
    name: "the principal's spouse in the country is not assumed to be the children's parent",
    source:
      "001 ch. 6, 'The reality of humanitarian exceptions'; ch. 5, fn. 75-76 (the 2018 groups, children among them)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [
        { id: "mum", relationship: "principal", age: 30, sex: "female" },
        { id: "kid", relationship: "child", age: 6 },
      ],
      entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
      familyInCountry: [{ relationship: "spouse", status: "temporary-stay-permit" }],
    },
    // The child is at most possibly covered as a child (a 2018 group), never as one joining a parent.
    fires: {
      "entry.humanitarian-exception": {
        severity: "warning",
        people: ["kid"],
        title: { en: "Possible humanitarian exception" },
        detail: { en: ["Possibly covered, though the source does not establish it: the child (6): child."] },
        never: ["(6): child joining a parent", "In those groups"],
      },
    },
  },
  {
    name: "a relative 'of the principal' in a household with no principal marked: whose relative is unknown",
    source: "Convención Americana art. 17; 001 ch. 6, 'Appeals against negative first decisions'",
    facts: {
      nationality: "VE",
      people: [
        { id: "x", age: 30 },
        { id: "y", age: 33 },
      ],
      familyInCountry: [{ relationship: "spouse", status: "refugee" }],
    },
    undetermined: { "family.reunification": ["people[].relationship"] },
  },
  {
    name: "a member's own parent with residence in the country, named with `of`",
    source: "001 ch. 6, 'Appeals against negative first decisions' (a foreigner's card)",
    facts: {
      nationality: "VE",
      people: [
        { id: "p1", relationship: "principal", age: 40 },
        { id: "p2", relationship: "spouse", age: 38 },
      ],
      familyInCountry: [{ of: "p2", relationship: "parent", status: "resident" }],
    },
    fires: {
      "family.reunification": {
        people: ["p2"],
        detail: { en: ["their parent has a residence permit"] },
        action: { en: ["not a criterion for recognising refugee status"] },
        // Family ties weighing on status decisions is the practice the report calls irregular (001 ch. 6).
        never: ["entry and asylum decisions", "decisiones de entrada y de asilo", "decisões de entrada e de asilo"],
      },
    },
  },
];
