import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  fromDayNumber,
  IsoDate,
  toDayNumber,
  todayLocal,
  weekday,
} from "./iso-date.js";

describe("IsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2019-06-22").success).toBe(true);
  });

  it.each(["2023-02-29", "2019-13-01", "2019-6-1", "19-06-01", "2019-06-31", "1899-12-31", "2201-01-01", ""])(
    "rejects %j",
    (value) => {
      expect(IsoDate.safeParse(value).success).toBe(false);
    },
  );
});

describe("day arithmetic", () => {
  it("counts days across months and leap years", () => {
    expect(addDays("2019-06-10", 180)).toBe("2019-12-07");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(daysBetween("2019-10-01", "2019-11-20")).toBe(50);
    expect(daysBetween("2019-11-20", "2019-10-01")).toBe(-50);
  });

  it("knows the weekday", () => {
    expect(weekday("2019-11-20")).toBe(3); // a Wednesday
    expect(weekday("1970-01-01")).toBe(4); // a Thursday
  });

  it("adds months, keeping the day or falling back to the month's last day", () => {
    expect(addMonths("2019-11-14", 2)).toBe("2020-01-14");
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2019-01-31", 1)).toBe("2019-02-28");
    expect(addMonths("2019-12-15", -12)).toBe("2018-12-15");
  });

  it("round-trips day numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (dayNumber) => {
        expect(toDayNumber(fromDayNumber(dayNumber))).toBe(dayNumber);
      }),
    );
  });

  it("counts completed years of age", () => {
    expect(ageOn("2001-11-20", "2019-11-20")).toBe(18);
    expect(ageOn("2001-11-21", "2019-11-20")).toBe(17);
    expect(ageOn("1957-01-01", "2019-11-20")).toBe(62);
  });
});

describe("todayLocal", () => {
  it("is the calendar day where the clock is, whatever UTC says", () => {
    // 20:00 on 5 December on this machine's clock, in whatever zone it runs.
    expect(todayLocal(new Date(2019, 11, 5, 20, 0))).toBe("2019-12-05");
    expect(todayLocal(new Date(2019, 11, 5, 0, 1))).toBe("2019-12-05");
  });
});
