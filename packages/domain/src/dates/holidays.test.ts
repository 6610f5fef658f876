import { describe, expect, it } from "vitest";
import { countWorkingDays, easterSunday, holidaysOf } from "./holidays.js";
import { PERU_HOLIDAYS } from "./calendars/peru.js";

describe("holiday calendars", () => {
  it("computes Easter Sunday (Holy Thursday and Good Friday move with it)", () => {
    expect(easterSunday(2019)).toBe("2019-04-21");
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2026)).toBe("2026-04-05");
  });

  it("lists Peru's national holidays as each law added them (D. Leg. 713 art. 6 and amendments)", () => {
    const days = (year: number) => [...holidaysOf(PERU_HOLIDAYS, year).keys()].sort();
    // 2026: sixteen days, as published for 2026.
    expect(days(2026)).toEqual([
      "2026-01-01",
      "2026-04-02",
      "2026-04-03",
      "2026-05-01",
      "2026-06-07",
      "2026-06-29",
      "2026-07-23",
      "2026-07-28",
      "2026-07-29",
      "2026-08-06",
      "2026-08-30",
      "2026-10-08",
      "2026-11-01",
      "2026-12-08",
      "2026-12-09",
      "2026-12-25",
    ]);
    // 9 December and 6 August from 2022, 23 July from 2023, 7 June from 2024.
    expect(days(2021)).not.toContain("2021-12-09");
    expect(days(2022)).toEqual(expect.arrayContaining(["2022-08-06", "2022-12-09"]));
    expect(days(2022)).not.toContain("2022-07-23");
    expect(days(2023)).toContain("2023-07-23");
    expect(days(2023)).not.toContain("2023-06-07");
    expect(days(2024)).toContain("2024-06-07");
  });

  it("counts working days from the day after notification, skipping weekends and holidays", () => {
    expect(countWorkingDays("2019-11-14", 15, PERU_HOLIDAYS)).toEqual({
      date: "2019-12-05",
      holidaysSkipped: [],
      holidaysKnown: true,
    });
    expect(countWorkingDays("2019-10-01", 15, PERU_HOLIDAYS)).toMatchObject({
      date: "2019-10-23",
      holidaysSkipped: ["2019-10-08"],
    });
    // Outside the calendar's years, or with no calendar, only weekends are skipped, and the count says so.
    expect(countWorkingDays("2019-10-01", 15, null)).toMatchObject({ date: "2019-10-22", holidaysKnown: false });
    expect(countWorkingDays("2030-10-01", 15, PERU_HOLIDAYS).holidaysKnown).toBe(false);
  });
});
