import { Jurisdiction } from "./jurisdiction.js";
import { peru } from "./profiles/peru.js";
import { argentina, brazil, chile, colombia, ecuador, mexico } from "./profiles/others.js";

export const BUILTIN_JURISDICTIONS: readonly Jurisdiction[] = [
  peru,
  ecuador,
  colombia,
  brazil,
  chile,
  mexico,
  argentina,
];

const byCountry = new Map(BUILTIN_JURISDICTIONS.map((jurisdiction) => [jurisdiction.country, jurisdiction]));

export function getJurisdiction(country: string): Jurisdiction | undefined {
  return byCountry.get(country);
}

export function listJurisdictions(): readonly Jurisdiction[] {
  return BUILTIN_JURISDICTIONS;
}

/** Validates a jurisdiction profile from outside (a rule pack, an import): errors name the field. */
export function parseJurisdiction(input: unknown): Jurisdiction {
  return Jurisdiction.parse(input);
}
