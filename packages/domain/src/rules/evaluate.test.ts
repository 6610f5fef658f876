import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { arbitraryCaseFacts, arbitraryToday } from "../../test/arbitrary-case-facts.js";
import { peruCase, TODAY } from "../../test/helpers.js";
import { Annotation, BUILTIN_CODES, SEVERITY_RANK } from "../annotations/annotation.js";
import { resolveSource } from "../sources/resolve-source.js";
import { getInstrument } from "../instruments/catalogue.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "../samples/sample-cases.js";
import { assessCase, BUILTIN_REGISTRY, evaluateCase } from "./evaluate.js";
import { RuleConflictError, RuleRegistry } from "./registry.js";
import { defineRule } from "./rule.js";

describe("the built-in registry", () => {
  it("has exactly one rule per code of the annotation vocabulary", () => {
    expect([...BUILTIN_REGISTRY.codes].sort()).toEqual([...BUILTIN_CODES].sort());
  });
});

describe("evaluateCase", () => {
  it("never throws and returns schema-valid, sorted annotations for any schema-valid facts", () => {
    fc.assert(
      fc.property(arbitraryCaseFacts, arbitraryToday, (facts, today) => {
        const { annotations, failures } = assessCase(facts, { today });
        expect(failures).toEqual([]);
        for (const annotation of annotations) Annotation.parse(annotation);
        let previous: Annotation | undefined;
        for (const current of annotations) {
          if (previous) expect(SEVERITY_RANK[previous.severity]).toBeLessThanOrEqual(SEVERITY_RANK[current.severity]);
          previous = current;
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it("cites only sources and provisions the catalogue knows", () => {
    fc.assert(
      fc.property(arbitraryCaseFacts, arbitraryToday, (facts, today) => {
        for (const annotation of evaluateCase(facts, { today })) {
          for (const basis of annotation.basis) {
            // A guide, report or declaration document is never cited as if it were a legal instrument.
            if (basis.instrument !== null) expect(getInstrument(basis.instrument), basis.instrument).toBeDefined();
            expect(resolveSource(basis.source.source), basis.source.source).toBeDefined();
            const instrument = basis.instrument === null ? undefined : getInstrument(basis.instrument);
            if (
              instrument &&
              basis.provision &&
              Object.keys(instrument.provisions).length > 0 &&
              basis.source.source === basis.instrument
            ) {
              expect(Object.keys(instrument.provisions), `${basis.instrument} ${basis.provision}`).toContain(
                basis.provision,
              );
            }
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("raises every code of the vocabulary on the synthetic sample cases", () => {
    const raised = new Set(
      SAMPLE_CASES.flatMap((sample) => evaluateCase(sample.facts, { today: SAMPLE_TODAY }).map((a) => a.code)),
    );
    const missing = BUILTIN_CODES.filter((code) => !raised.has(code));
    expect(missing).toEqual([]);
  });

  it("puts critical first, then the nearest deadline", () => {
    const facts = peruCase({
      location: { kind: "border" },
      people: [{ age: 8 }],
      decision: { outcome: "rejected", written: false, notifiedDate: "2019-11-18" },
    });
    const severities = evaluateCase(facts, { today: TODAY }).map((annotation) => annotation.severity);
    expect(severities).toEqual([...severities].sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]));
    expect(severities[0]).toBe("critical");
  });
});

describe("rule packs", () => {
  const ptpExpiry = defineRule({
    code: "pe.ptp-expiry",
    summary: { es: "PTP por vencer", pt: "PTP a vencer", en: "PTP expiring" },
    evaluate(facts) {
      const ptp = facts.documents?.find((document) => document.kind === "temporary-stay-permit");
      if (!ptp?.expires) return null;
      return {
        severity: "warning",
        title: { es: "PTP", pt: "PTP", en: "PTP" },
        detail: { es: "El PTP vence.", pt: "O PTP vence.", en: "The PTP expires." },
        action: null,
        basis: [{ instrument: "pe-law-27891", provision: null, source: { source: "ai-2020-peru", locator: "ch. 5" } }],
        due: ptp.expires,
        facts: [{ path: "documents", value: ptp.expires }],
      };
    },
  });

  it("add rules without touching the built-in registry", () => {
    const registry = BUILTIN_REGISTRY.with([ptpExpiry]);
    const facts = peruCase({ documents: [{ kind: "temporary-stay-permit", expires: "2019-12-01" }] });
    expect(evaluateCase(facts, { today: TODAY, rules: registry }).map((a) => a.code)).toContain("pe.ptp-expiry");
    expect(evaluateCase(facts, { today: TODAY }).map((a) => a.code)).not.toContain("pe.ptp-expiry");
    expect(
      evaluateCase(facts, { today: TODAY, rules: registry }).find((a) => a.code === "pe.ptp-expiry")?.daysLeft,
    ).toBe(11);
  });

  it("cannot silently replace a built-in rule or use a malformed code", () => {
    expect(() => BUILTIN_REGISTRY.with([{ ...ptpExpiry, code: "definition.cartagena" }])).toThrow(RuleConflictError);
    expect(() => BUILTIN_REGISTRY.with([{ ...ptpExpiry, code: "Bad Code" }])).toThrow(/area\.name/);
    const replaced = BUILTIN_REGISTRY.with([{ ...ptpExpiry, code: "definition.cartagena" }], { replace: true });
    expect(replaced.size).toBe(BUILTIN_REGISTRY.size);
  });

  it("a rule that throws is reported and the others still run", () => {
    const broken = defineRule({
      code: "test.broken",
      summary: { es: "x", pt: "x", en: "x" },
      evaluate() {
        throw new Error("selector drifted");
      },
    });
    const result = assessCase(peruCase({ people: [{ age: 5 }] }), {
      today: TODAY,
      rules: BUILTIN_REGISTRY.with([broken]),
    });
    expect(result.failures).toEqual([{ code: "test.broken", message: "selector drifted" }]);
    expect(result.annotations.map((a) => a.code)).toContain("vulnerability.child");
  });

  it("a registry can be built from scratch and narrowed", () => {
    const only = RuleRegistry.of([ptpExpiry]);
    expect(only.codes).toEqual(["pe.ptp-expiry"]);
    expect(BUILTIN_REGISTRY.without("vulnerability.child").has("vulnerability.child")).toBe(false);
  });
});
