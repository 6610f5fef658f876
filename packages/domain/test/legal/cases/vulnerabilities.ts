import type { LegalCase } from "../legal-case.js";

/** Class 4: every child is counted; an unaccompanied child gets a second, more urgent annotation. */
export const VULNERABILITY_CASES: readonly LegalCase[] = [
  {
    name: "an unaccompanied 16-year-old is a child and an unaccompanied child",
    source: "Convention on the Rights of the Child arts. 1, 3 and 22",
    facts: { nationality: "VE", people: [{ id: "g", relationship: "principal", age: 16, unaccompanied: true }] },
    fires: {
      "vulnerability.child": { people: ["g"] },
      "vulnerability.unaccompanied-child": { severity: "critical", people: ["g"] },
    },
  },
  {
    name: "a count of children never misses the unaccompanied one",
    source: "Convention on the Rights of the Child art. 22",
    facts: {
      nationality: "VE",
      people: [
        { id: "a", relationship: "other-relative", age: 12, unaccompanied: true },
        { id: "b", relationship: "other-relative", age: 9 },
      ],
    },
    fires: {
      "vulnerability.child": { people: ["a", "b"] },
      "vulnerability.unaccompanied-child": { people: ["a"] },
    },
  },
  {
    name: "a child of unknown age is asked for, not assumed adult",
    source: "Convention on the Rights of the Child art. 1",
    facts: {
      nationality: "VE",
      people: [
        { id: "p", relationship: "principal", age: 33 },
        { id: "c", relationship: "child" },
      ],
    },
    undetermined: { "vulnerability.child": ["people[1].age"] },
  },
  {
    name: "at 18 a person is no longer a child",
    source: "Convention on the Rights of the Child art. 1",
    facts: { nationality: "VE", people: [{ id: "p", relationship: "principal", age: 18 }] },
    silent: ["vulnerability.child", "vulnerability.unaccompanied-child"],
  },
  {
    name: "Carla's 62-year-old mother is an older person",
    source: "001 ch. 6, 'Appeals against negative first decisions' (Carla); ch. 6 (people over the age of 60)",
    facts: {
      nationality: "VE",
      people: [
        { id: "carla", relationship: "principal", age: 35, sex: "female" },
        { id: "mother", relationship: "parent", age: 62, sex: "female" },
      ],
    },
    fires: { "vulnerability.older-person": { people: ["mother"], detail: { en: ["the mother (62)"] } } },
    silent: ["vulnerability.pregnancy", "vulnerability.disability"],
  },
  {
    name: "pregnancy, serious illness and disability are each named on the person",
    source: "004 Declaration (differentiated needs); 001 ch. 5, 'A humanitarian visa only in name'",
    facts: {
      nationality: "VE",
      people: [
        { id: "a", relationship: "principal", age: 28, needs: ["pregnancy"] },
        { id: "b", relationship: "parent", age: 55, needs: ["serious-medical-condition", "disability"] },
      ],
    },
    fires: {
      "vulnerability.pregnancy": { people: ["a"] },
      "vulnerability.serious-medical-condition": { people: ["b"] },
      "vulnerability.disability": { people: ["b"] },
    },
    silent: ["vulnerability.older-person", "vulnerability.child"],
  },
  {
    name: "no recorded needs: no need-based annotation",
    source: "004 Declaration (differentiated needs)",
    facts: { nationality: "VE", people: [{ id: "a", relationship: "principal", age: 40 }] },
    silent: ["vulnerability.pregnancy", "vulnerability.serious-medical-condition", "vulnerability.disability"],
  },
];
