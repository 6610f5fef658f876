import type { CaseFacts } from "../../case/case-facts.js";
import type { CartagenaGround } from "../../situations/cartagena-grounds.js";
import type { CartagenaIncorporation } from "../../jurisdictions/jurisdiction.js";
import type { Citation } from "../../sources/citation.js";
import type { RuleContext, Undetermined } from "../rule.js";

export interface CartagenaApplies {
  readonly applies: true;
  readonly origin: string;
  /** Grounds the origin situation meets that the jurisdiction's law includes. */
  readonly grounds: readonly CartagenaGround[];
  readonly groundSources: readonly Citation[];
  readonly incorporation: CartagenaIncorporation;
  readonly incorporationSource: Citation;
}

/**
 * Whether the extended definition covers this case: the origin country's situation meets Cartagena
 * grounds and the jurisdiction's law includes at least one of them. Shared by the rules that depend on it.
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
  };
}
