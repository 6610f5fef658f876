import type { LegalCase } from "../legal-case.js";
import { venezuela } from "../../../src/situations/builtin-situations.js";

/** Class 9: data knows its age; annotations resting on stale data are downgraded and say so. */
export const DATA_AGE_CASES: readonly LegalCase[] = [
  {
    name: "a statutory deadline on its last day stays critical on a stale profile; the note names what to confirm",
    source:
      "TUO Ley 27444 art. 218.2 (the period, a statute); 001 (the remedy and body, newest fact 27 December 2019, fn. 87)",
    today: "2026-12-01",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2026-11-10", written: true } },
    fires: {
      "appeal.available": {
        severity: "critical",
        due: "2026-12-01",
        stale: true,
        detail: {
          en: ["Data last verified on 27 December 2019", "confirm the remedy and the body", "cited from the statute"],
          pt: ["perfil jurídico do Peru"],
        },
        never: ["confirm it before acting"],
      },
    },
  },
  {
    name: "what rests on the report alone is still downgraded when stale: a renewal counted from a documented practice",
    source: "001 ch. 5, 'Changes to asylum procedures', fn. 90 (a UNHCR guide's 60 days)",
    today: "2026-12-01",
    facts: { nationality: "VE", claim: { date: "2026-05-01", asylumSeekerDocument: { lastRenewed: "2026-10-04" } } },
    fires: {
      "procedure.renewal-due": {
        severity: "info",
        due: "2026-12-03",
        stale: true,
        detail: { en: ["confirm it before acting"] },
      },
    },
  },
  {
    name: "in 2026 the Venezuela situation (verified January 2020) is stale and says so",
    source: "001 ch. 3 (newest fact 7 January 2020, fn. 38)",
    today: "2026-12-01",
    facts: { nationality: "VE" },
    fires: {
      "definition.cartagena": { stale: true, detail: { es: ["verificados por última vez el 7 de enero de 2020"] } },
    },
  },
  {
    name: "a coordinator's newer publication of the situation is not stale",
    source: "001 ch. 3; a coordinator's update",
    today: "2026-12-01",
    facts: { nationality: "VE" },
    options: { situations: [{ ...venezuela, version: 2, updated: "2026-06-01", lastVerified: "2026-06-01" }] },
    // Still rests on Peru's profile, which is stale; the situation itself no longer is.
    fires: { "definition.cartagena": { never: ["7 January 2020"], detail: { en: ["27 December 2019"] } } },
  },
  {
    name: "the threshold is configurable: with ten years, Peru's 2019 data is not stale in 2026",
    source: "TUO Ley 27444 art. 218.2",
    today: "2026-12-01",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2026-11-10", written: true } },
    options: { settings: { staleAfterMonths: 120 } },
    fires: { "appeal.available": { severity: "critical", stale: false } },
  },
  {
    name: "non-refoulement rests on treaties, not on dated data: still critical in 2026",
    source: "1951 Convention art. 33(1)",
    today: "2026-12-01",
    facts: { nationality: "VE", location: { kind: "border" }, entry: { decision: "refused" } },
    fires: { "nonrefoulement.border-rejection": { severity: "critical", stale: false } },
  },
];
