import type { CaseFactsInput } from "../src/case/case-facts.js";
import { addDays } from "../src/dates/iso-date.js";
import { SAMPLE_CASES } from "../src/samples/sample-cases.js";
import { seededRandom } from "../src/samples/seeded-random.js";

const JURISDICTIONS = ["PE", "PE", "PE", "EC", "CO", "BR", "CL", "MX", "AR"];
const NATIONALITIES = ["VE", "VE", "VE", "CO", "HT", "CU", "NI", "HN"];

/** Variations of the sample cases: other countries, dates shifted, ages changed. Unparsed input. */
export function syntheticCases(count: number, seed = 20191120): CaseFactsInput[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("syntheticCases: expected a non-empty list to pick from");
    return item;
  };
  const cases: CaseFactsInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = structuredClone<CaseFactsInput>(pick(SAMPLE_CASES).facts);
    const shift = Math.floor(next() * 120) - 60;
    const shiftDate = (date: string | undefined) => (date === undefined ? undefined : addDays(date, shift));
    base.reference = `SYN-${index}`;
    base.jurisdiction = pick(JURISDICTIONS);
    base.nationality = pick(NATIONALITIES);
    base.people = base.people?.map((person) =>
      person.age === undefined ? person : { ...person, age: Math.max(0, person.age + Math.floor(next() * 20) - 10) },
    );
    if (base.claim?.date) base.claim = { ...base.claim, date: shiftDate(base.claim.date) };
    if (base.decision?.notifiedDate)
      base.decision = { ...base.decision, notifiedDate: shiftDate(base.decision.notifiedDate) };
    if (base.entry?.date) base.entry = { ...base.entry, date: shiftDate(base.entry.date) };
    cases.push(base);
  }
  return cases;
}
