import { describe, expect, it } from "vitest";
import { effectiveToday, parsePinnedToday, PinnedTodaySetting } from "../../src/pinned-today.js";
import { t } from "../../src/ui/messages.js";
import { Wording } from "../../src/ui/wording.js";

describe("the pinned today (a testing setting)", () => {
  it("pins a real date typed in the options page, and unpins for an empty field", () => {
    expect(parsePinnedToday("2019-11-20")).toEqual({ ok: true, date: "2019-11-20" });
    expect(parsePinnedToday(" 2019-11-20 ")).toEqual({ ok: true, date: "2019-11-20" });
    expect(parsePinnedToday("")).toEqual({ ok: true, date: null });
  });

  it("refuses what is not a real date between 1900 and 2200", () => {
    for (const typed of ["2019-02-30", "20/11/2019", "1899-12-31", "tomorrow"])
      expect(parsePinnedToday(typed), typed).toEqual({ ok: false });
  });

  it("is stored validated: a stored value that is not a date reads as not pinned", () => {
    expect(PinnedTodaySetting.parse("2019-11-20")).toBe("2019-11-20");
    expect(PinnedTodaySetting.parse(null)).toBeNull();
    expect(PinnedTodaySetting.parse("2019-13-01")).toBeNull();
    expect(PinnedTodaySetting.parse(42)).toBeNull();
  });

  it("counts to the pinned day when there is one, else to today", () => {
    expect(effectiveToday("2019-11-20", () => "2026-12-01")).toBe("2019-11-20");
    expect(effectiveToday(null, () => "2026-12-01")).toBe("2026-12-01");
  });

  it("is worded in es, pt and en as a testing setting, with the day in words", () => {
    expect(t("testing", "es")).toBe("Pruebas (solo para desarrolladores)");
    expect(t("testing", "pt")).toBe("Testes (só para desenvolvedores)");
    expect(t("testing", "en")).toBe("Testing (developers only)");
    const note = (locale: "es" | "pt" | "en") => {
      const words = new Wording(locale, "2026-12-01");
      return words.text("pinnedTodayNote", { date: words.longDate("2019-11-20") });
    };
    expect(note("es")).toBe("Fecha de prueba: los plazos se cuentan hasta el 20 de noviembre de 2019.");
    expect(note("pt")).toBe("Data de teste: os prazos são contados até 20 de novembro de 2019.");
    expect(note("en")).toBe("Testing date: deadlines are counted to 20 November 2019.");
  });
});
