import { describe, expect, it } from "vitest";
import { BUILTIN_SITUATIONS, type CountrySituation } from "@solidaria/domain";
import { diffSituations } from "./situation-diff.js";

const base: CountrySituation = (() => {
  const first = BUILTIN_SITUATIONS[0];
  if (!first) throw new Error("no built-in situation");
  return first;
})();

describe("diffSituations", () => {
  it("finds nothing between a version and itself, apart from its number and date", () => {
    expect(diffSituations(base, { ...base, version: base.version + 1, updated: "2030-01-01" })).toEqual([]);
  });

  it("names each changed field", () => {
    const next: CountrySituation = {
      ...base,
      summary: { ...base.summary, pt: "Novo resumo." },
      lastVerified: "2026-11-30",
      endedOn: "2026-10-01",
      since: base.since ? { ...base.since, value: "2013" } : null,
    };
    const changes = diffSituations(base, next);
    expect(changes).toContainEqual({ kind: "summary", language: "pt", before: base.summary.pt, after: "Novo resumo." });
    expect(changes).toContainEqual({ kind: "lastVerified", before: base.lastVerified, after: "2026-11-30" });
    expect(changes).toContainEqual({ kind: "endedOn", before: null, after: "2026-10-01" });
    if (base.since) expect(changes).toContainEqual({ kind: "since", before: base.since.value, after: "2013" });
    expect(changes.filter((change) => change.kind === "summary")).toHaveLength(1);
  });

  it("lists grounds added and removed", () => {
    const kept = base.cartagenaGrounds.slice(1);
    const added = { ground: "internal-conflict" as const, source: { source: "ai-2020-peru", locator: "ch. 2" } };
    const changes = diffSituations(base, { ...base, cartagenaGrounds: [...kept, added] });
    expect(changes).toContainEqual({ kind: "groundAdded", ground: "internal-conflict" });
    for (const removed of base.cartagenaGrounds.slice(0, 1))
      expect(changes).toContainEqual({ kind: "groundRemoved", ground: removed.ground });
  });

  it("tells a changed figure from an added or removed one", () => {
    const [first, ...rest] = base.figures;
    if (!first) throw new Error("the built-in situation has no figures");
    const changed = { ...first, value: first.value + 1000, asOf: "2026-06" };
    const added = { ...first, label: { es: "Nueva", pt: "Nova", en: "New" }, value: 5 };
    const changes = diffSituations(base, { ...base, figures: [changed, added] });
    expect(changes).toContainEqual({
      kind: "figureChanged",
      label: first.label,
      before: { value: first.value, asOf: first.asOf },
      after: { value: first.value + 1000, asOf: "2026-06" },
    });
    expect(changes).toContainEqual({ kind: "figureAdded", label: added.label, value: 5, asOf: first.asOf });
    for (const removed of rest)
      expect(changes).toContainEqual({
        kind: "figureRemoved",
        label: removed.label,
        value: removed.value,
        asOf: removed.asOf,
      });
  });

  it("lists evidence added and removed", () => {
    const extra = { summary: { es: "Informe", pt: "Relatório", en: "Report" }, source: { source: "x", locator: null } };
    const changes = diffSituations(base, { ...base, evidence: [...base.evidence.slice(1), extra] });
    expect(changes).toContainEqual({ kind: "evidenceAdded", summary: extra.summary });
    const [gone] = base.evidence;
    if (gone) expect(changes).toContainEqual({ kind: "evidenceRemoved", summary: gone.summary });
  });
});
