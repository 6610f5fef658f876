import type { CaseFacts } from "../../case/case-facts.js";
import type { CartagenaGround } from "../../situations/cartagena-grounds.js";
import type { CartagenaIncorporation, CartagenaPractice } from "../../jurisdictions/jurisdiction.js";
import type { Citation } from "../../sources/citation.js";
import type { DataSet, RuleContext, Undetermined } from "../rule.js";
import { jurisdictionData, situationData } from "./text.js";

export interface CartagenaApplies {
  readonly applies: true;
  readonly origin: string;
  /** Grounds the origin situation meets that the jurisdiction's law includes. */
  readonly grounds: readonly CartagenaGround[];
  readonly groundSources: readonly Citation[];
  readonly incorporation: CartagenaIncorporation;
  readonly incorporationSource: Citation;
  /** Whether the authorities are documented as applying it to people from this origin; `null` if not documented. */
  readonly practice: CartagenaPractice | null;
  readonly restsOn: readonly DataSet[];
}

/**
 * Whether the extended definition is one to examine for this case: the origin country's situation is
 * documented as meeting Cartagena grounds that the jurisdiction's law includes. It does not say the
 * person is a refugee: that depends on whether that situation threatened their life, safety or freedom.
 */
export function cartagenaApplicability(facts: CaseFacts, context: RuleContext): CartagenaApplies | Undetermined | null {
  const { origin, situation, jurisdiction } = context;
  // Someone in the country of their nationality, or still in the country they fled (internally
  // displaced), is outside the refugee definitions (1951 Convention art. 1A(2): "outside the country").
  if (facts.nationality === facts.jurisdiction || origin === facts.jurisdiction) return null;
  if (origin === null) return { undetermined: true, missing: ["nationality"] };
  // No situation on file for the origin country: whether it meets the Cartagena grounds is unknown.
  if (situation === null) return { undetermined: true, missing: [`situations.${origin}`] };
  if (situation.cartagenaGrounds.length === 0) return null;
  if (situation.endedOn !== null && (facts.flightDate ?? context.today) > situation.endedOn) return null;
  if (jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
  if (jurisdiction.cartagena === null) return { undetermined: true, missing: ["jurisdiction.cartagena"] };
  const incorporation = jurisdiction.cartagena.value;
  if (incorporation.extent === "none") return null;
  const included = new Set(incorporation.grounds);
  const matching = situation.cartagenaGrounds.filter((entry) => included.has(entry.ground));
  if (matching.length === 0) return null;
  return {
    applies: true,
    origin,
    grounds: matching.map((entry) => entry.ground),
    groundSources: matching.map((entry) => entry.source),
    incorporation,
    incorporationSource: jurisdiction.cartagena.source,
    practice: jurisdiction.cartagenaPractice.find((entry) => entry.origin === origin) ?? null,
    restsOn: [...situationData(context), ...jurisdictionData(context)],
  };
}
