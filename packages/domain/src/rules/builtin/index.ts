import type { Rule } from "../rule.js";
import { appealAvailable } from "./appeal-available.js";
import { definitionCartagena } from "./definition-cartagena.js";
import { definitionCartagenaNotAssessed } from "./definition-cartagena-not-assessed.js";
import { entryHumanitarianException } from "./entry-humanitarian-exception.js";
import { familyReunification } from "./family-reunification.js";
import { familySeparation } from "./family-separation.js";
import { nonrefoulementBorderRejection } from "./nonrefoulement-border-rejection.js";
import { nonrefoulementRemoval } from "./nonrefoulement-removal.js";
import { procedureLongWait } from "./procedure-long-wait.js";
import { procedureNoWrittenDecision } from "./procedure-no-written-decision.js";
import { procedureRenewalDue } from "./procedure-renewal-due.js";
import { resettlementCandidate } from "./resettlement-candidate.js";
import { statusEntryPermitExpiry } from "./status-entry-permit-expiry.js";
import { traffickingIndicators } from "./trafficking-indicators.js";
import { VULNERABILITY_RULES } from "./vulnerabilities.js";

/** Every rule of the annotation vocabulary (docs/architecture.md), one per code. */
export const BUILTIN_RULES: readonly Rule[] = [
  definitionCartagena,
  definitionCartagenaNotAssessed,
  nonrefoulementBorderRejection,
  nonrefoulementRemoval,
  entryHumanitarianException,
  procedureNoWrittenDecision,
  procedureRenewalDue,
  procedureLongWait,
  statusEntryPermitExpiry,
  appealAvailable,
  ...VULNERABILITY_RULES,
  familyReunification,
  familySeparation,
  traffickingIndicators,
  resettlementCandidate,
];
