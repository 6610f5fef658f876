import { describe, expect, it } from "vitest";
import { Wording } from "../../src/ui/wording.js";
import { dueText, listedCases, pageCounts } from "../../entrypoints/popup/summary-view.js";
import type { CaseSummary } from "../../src/messaging/page-summary.js";

describe("the popup's wording", () => {
  it("words due dates and counts with Intl in each language: never '1 días'", () => {
    const today = "2025-11-20";
    const es = new Wording("es", today);
    const shortDate = (tag: string, date: string, year = false) =>
      new Intl.DateTimeFormat(tag, {
        day: "numeric",
        month: "short",
        ...(year ? { year: "numeric" } : {}),
        timeZone: "UTC",
      }).format(new Date(`${date}T00:00:00Z`));
    expect(dueText(es, "2025-11-21", 1)).toBe(`vence el ${shortDate("es-419", "2025-11-21")} (mañana)`);
    expect(dueText(es, "2025-11-23", 3)).toMatch(/ \(dentro de 3 días\)$/);
    expect(dueText(es, "2025-11-20", 0)).toMatch(/ \(hoy\)$/);
    expect(dueText(es, "2025-11-19", -1)).toMatch(/ \(ayer\)$/);
    expect(dueText(es, "2019-11-29", -2183)).toContain(shortDate("es-419", "2019-11-29", true));
    expect(dueText(es, "2025-12-01", null)).toBe(`vence el ${shortDate("es-419", "2025-12-01")}`);
    const pt = new Wording("pt", today);
    expect(dueText(pt, "2025-11-21", 1)).toMatch(/ \(amanhã\)$/);
    expect(dueText(pt, "2025-11-25", 5)).toMatch(/ \(em 5 dias\)$/);
    const en = new Wording("en", today);
    expect(dueText(en, "2025-11-18", -2)).toMatch(/ \(2 days ago\)$/);
    for (const wording of [es, pt, en])
      for (const days of [-1, 1]) expect(dueText(wording, "2025-11-20", days)).not.toMatch(/\b1 (días|dias|days)\b/);

    const annotatedCount = { one: "popupAnnotatedOne", other: "popupAnnotatedOther" } as const;
    expect(es.count(annotatedCount, 1)).toBe("1 caso con alertas");
    expect(es.count(annotatedCount, 0)).toBe("0 casos con alertas");
    // Intl.PluralRules calls a million "many" in Spanish: the general form.
    expect(es.count(annotatedCount, 1_000_000)).toMatch(/^1.000.000 casos con alertas$/);
    expect(pt.count({ one: "popupFailedOne", other: "popupFailedOther" }, 1)).toBe("1 caso não pôde ser lido");
    expect(en.count({ one: "popupClearOne", other: "popupClearOther" }, 2)).toBe("2 cases checked, nothing found");
  });

  it("orders cases by severity, then the nearest due date (none last), then reference; critical only keeps the critical", () => {
    const title = { es: "t", pt: "t", en: "t" };
    const entry = (
      id: number,
      reference: string | null,
      severity: CaseSummary["severity"],
      daysLeft: number | null,
      state: CaseSummary["state"] = "annotated",
    ): CaseSummary => ({
      id,
      reference,
      state,
      severity,
      top: severity === null ? null : { code: "procedure.long-wait", title, due: null, daysLeft },
      codes: severity === null ? [] : ["procedure.long-wait"],
      titles: severity === null ? {} : { "procedure.long-wait": title },
    });
    const cases = [
      entry(1, "CEPR-10", "info", 2),
      entry(2, "CEPR-9", "warning", null),
      entry(3, "CEPR-2", "critical", null),
      entry(4, "CEPR-3", "critical", 5),
      entry(5, "CEPR-1", "critical", -30),
      entry(6, "CEPR-11", "warning", 1),
      entry(7, "CEPR-4", null, null, "clear"),
      entry(8, "CEPR-5", null, null, "failed"),
      entry(9, "CEPR-10", "critical", null),
      entry(10, null, "critical", null),
    ];
    expect(listedCases(cases, false).map((item) => item.id)).toEqual([5, 4, 3, 9, 10, 6, 2, 1]);
    expect(listedCases(cases, true).map((item) => item.id)).toEqual([5, 4, 3, 9, 10]);
    const counts = pageCounts({ plugins: 1, cases, failures: [], criticalOnly: false, health: [] }, "es");
    expect(counts).toMatchObject({
      annotated: 8,
      clear: 1,
      failed: 1,
      bySeverity: { critical: 5, warning: 2, info: 1 },
    });
    expect(counts.byType).toEqual([{ code: "procedure.long-wait", name: "Espera prolongada", count: 8 }]);
  });
});
