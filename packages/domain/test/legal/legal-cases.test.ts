import { describe, expect, it } from "vitest";
import { CaseFacts } from "../../src/case/case-facts.js";
import { assessCase } from "../../src/rules/evaluate.js";
import { BUILTIN_CODES } from "../../src/annotations/annotation.js";
import { LEGAL_CASES } from "./cases/index.js";
import type { LegalCase } from "./legal-case.js";

const DEFAULT_TODAY = "2019-11-20";

function run(legalCase: LegalCase) {
  const facts = CaseFacts.parse({ reference: "LEGAL-1", jurisdiction: "PE", ...legalCase.facts });
  return assessCase(facts, { today: legalCase.today ?? DEFAULT_TODAY, ...legalCase.options });
}

describe("legal cases from the reference documents and the laws", () => {
  it.each(LEGAL_CASES.map((legalCase) => [`${legalCase.name} [${legalCase.source}]`, legalCase] as const))(
    "%s",
    (_name, legalCase) => {
      const { annotations, undetermined } = run(legalCase);
      const codes = annotations.map((annotation) => annotation.code);
      for (const [code, expectation] of Object.entries(legalCase.fires ?? {})) {
        const found = annotations.filter((annotation) => annotation.code === code);
        expect(found.length, `${code} should fire; got ${codes.join(", ")}`).toBeGreaterThan(0);
        const annotation = found[0];
        if (annotation === undefined) continue;
        if (expectation.severity) expect(annotation.severity, `${code} severity`).toBe(expectation.severity);
        if (expectation.due !== undefined) expect(annotation.due, `${code} due`).toBe(expectation.due);
        if (expectation.people)
          expect(
            found.flatMap((entry) => entry.people),
            `${code} people`,
          ).toEqual(expectation.people);
        for (const [locale, parts] of Object.entries(expectation.detail ?? {}))
          for (const part of parts)
            expect(annotation.detail[locale as "es"], `${code} detail.${locale}`).toContain(part);
        for (const [locale, parts] of Object.entries(expectation.action ?? {}))
          for (const part of parts)
            expect(annotation.action?.[locale as "es"], `${code} action.${locale}`).toContain(part);
        for (const [locale, title] of Object.entries(expectation.title ?? {}))
          expect(annotation.title[locale as "es"], `${code} title.${locale}`).toBe(title);
        for (const forbidden of expectation.never ?? [])
          for (const entry of found)
            for (const value of [entry.title, entry.detail, entry.action])
              for (const locale of ["es", "pt", "en"] as const)
                expect(value?.[locale] ?? "", `${code} must not say "${forbidden}"`).not.toContain(forbidden);
        const basis = annotation.basis.map((entry) => entry.instrument ?? entry.source.source);
        for (const id of expectation.basis ?? []) expect(basis, `${code} basis`).toContain(id);
        for (const id of expectation.notBasis ?? []) expect(basis, `${code} basis`).not.toContain(id);
        for (const part of expectation.findings ?? [])
          expect(annotation.findings.map((finding) => finding.text.en).join(" "), `${code} findings`).toContain(part);
        if (expectation.stale !== undefined)
          expect(
            annotation.dataAge.some((data) => data.stale),
            `${code} stale`,
          ).toBe(expectation.stale);
      }
      for (const code of legalCase.silent ?? []) expect(codes, `${code} must not fire`).not.toContain(code);
      for (const [code, missing] of Object.entries(legalCase.undetermined ?? {})) {
        const entry = undetermined.find((candidate) => candidate.code === code);
        expect(entry, `${code} should be undetermined`).toBeDefined();
        expect(codes, `${code} must not fire when undetermined`).not.toContain(code);
        for (const fact of missing) expect(entry?.missing, `${code} missing`).toContain(fact);
      }
    },
  );

  it("has at least 80 cases, every one citing its passage", () => {
    expect(LEGAL_CASES.length).toBeGreaterThanOrEqual(80);
    for (const legalCase of LEGAL_CASES) expect(legalCase.source.trim().length, legalCase.name).toBeGreaterThan(4);
    expect(new Set(LEGAL_CASES.map((legalCase) => legalCase.name)).size).toBe(LEGAL_CASES.length);
  });

  it("covers every code in both directions", () => {
    const fired = new Set(LEGAL_CASES.flatMap((legalCase) => Object.keys(legalCase.fires ?? {})));
    const silent = new Set(LEGAL_CASES.flatMap((legalCase) => legalCase.silent ?? []));
    for (const code of BUILTIN_CODES) {
      expect(fired, `a case where ${code} fires`).toContain(code);
      expect(silent, `a case where ${code} must not fire`).toContain(code);
    }
  });

  it("covers every built-in jurisdiction", () => {
    const jurisdictions = new Set(LEGAL_CASES.map((legalCase) => legalCase.facts.jurisdiction ?? "PE"));
    for (const country of ["PE", "BR", "MX", "AR", "CL", "EC", "CO"]) expect(jurisdictions).toContain(country);
  });
});
