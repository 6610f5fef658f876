import type { LegalCase } from "../legal-case.js";
import { DATA_AGE_CASES } from "./data-age.js";
import { DEADLINE_CASES } from "./deadlines.js";
import { HUMANITARIAN_CASES } from "./humanitarian.js";
import { JURISDICTION_CASES } from "./jurisdictions.js";
import { NONREFOULEMENT_CASES } from "./nonrefoulement.js";
import { PERSON_CASES } from "./persons.js";
import { REMEDY_CASES } from "./remedies.js";
import { RESETTLEMENT_CASES } from "./resettlement.js";
import { TEXT_CASES } from "./texts.js";
import { VULNERABILITY_CASES } from "./vulnerabilities.js";

/** Every legal test case, by class of error they guard against. */
export const LEGAL_CASES: readonly LegalCase[] = [
  ...DEADLINE_CASES,
  ...REMEDY_CASES,
  ...PERSON_CASES,
  ...VULNERABILITY_CASES,
  ...HUMANITARIAN_CASES,
  ...NONREFOULEMENT_CASES,
  ...TEXT_CASES,
  ...JURISDICTION_CASES,
  ...DATA_AGE_CASES,
  ...RESETTLEMENT_CASES,
];
