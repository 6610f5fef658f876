import { describe, expect, it } from "vitest";
import { Wording } from "../../src/ui/wording.js";

describe("wording", () => {
  const es = new Wording("es", "2026-12-01");
  const pt = new Wording("pt", "2026-12-01");
  const en = new Wording("en", "2026-12-01");

  it("writes a due date without its year when it is this year's, and never calls a past one expired", () => {
    expect(es.due("2026-12-04", 3)).toBe("vence el 4 dic");
    expect(pt.due("2026-12-04", 3)).toBe("vence em 4 de dez.");
    expect(en.due("2026-12-04", 3)).toBe("due 4 Dec");
    expect(es.due("2019-11-29", -2559)).toBe("plazo: 29 nov 2019");
  });

  it("says how far a day is in days, then months, then years", () => {
    expect(es.fromToday(0)).toBe("hoy");
    expect(es.fromToday(1)).toBe("mañana");
    expect(es.fromToday(-3)).toBe("hace 3 días");
    expect(pt.fromToday(10)).toBe("em 10 dias");
    expect(en.fromToday(-90)).toBe("3 months ago");
    expect(es.fromToday(-2559)).toBe("hace 7 años");
  });

  it("chooses plural forms and joins lists the reader's way", () => {
    const keys = { one: "countWarningOne", other: "countWarningOther" } as const;
    expect(es.count(keys, 1)).toBe("1 advertencia");
    expect(es.count(keys, 2)).toBe("2 advertencias");
    expect(pt.count(keys, 1)).toBe("1 aviso");
    expect(en.count(keys, 1234)).toBe("1,234 warnings");
    expect(es.list(["a", "b", "c"])).toBe("a, b y c");
    expect(pt.list(["a", "b", "c"])).toBe("a, b e c");
  });
});
