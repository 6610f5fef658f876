import { describe, expect, it } from "vitest";
import { MIN_BADGE_WIDTH, placeBadges, placePanel } from "../../src/content/placement.js";

const gap = (left: number, right: number, top = 100, bottom = 140) => ({ left, right, top, bottom });

describe("badge placement", () => {
  it("puts a badge in the first gap of the row that fits it whole, centred in the row", () => {
    expect(placeBadges([gap(10, 60), gap(200, 500)], [{ width: 150, height: 24 }])).toEqual([
      { left: 200, top: 108, maxWidth: 150 },
    ]);
  });

  it("puts a second badge of the same row after the first", () => {
    const [first, second] = placeBadges(
      [gap(200, 520)],
      [
        { width: 150, height: 24 },
        { width: 150, height: 24 },
      ],
    );
    expect(first?.left).toBe(200);
    expect(second?.left).toBe(356);
  });

  it("cuts a badge to the widest gap when none fits it, never under its smallest size", () => {
    expect(placeBadges([gap(10, 60), gap(100, 190)], [{ width: 300, height: 24 }])).toEqual([
      { left: 100, top: 108, maxWidth: 90 },
    ]);
    expect(placeBadges([gap(10, 15)], [{ width: 300, height: 24 }])[0]?.maxWidth).toBe(MIN_BADGE_WIDTH);
  });
});

describe("panel placement", () => {
  const viewport = { width: 1280, height: 800 };

  it("opens below the row when it fits there, starting at the badge", () => {
    const spot = placePanel(
      { left: 0, top: 100, right: 1200, bottom: 140 },
      { left: 300, top: 108, right: 450, bottom: 132 },
      viewport,
      500,
    );
    expect(spot).toEqual({ left: 300, top: 148, width: 420, maxHeight: 644 });
  });

  it("opens above a row near the bottom, never over it", () => {
    const row = { left: 0, top: 700, right: 1200, bottom: 740 };
    const spot = placePanel(row, { left: 300, top: 708, right: 450, bottom: 732 }, viewport, 500);
    expect(spot.top + Math.min(500, spot.maxHeight)).toBeLessThanOrEqual(row.top);
    expect(spot.top).toBeGreaterThanOrEqual(8);
  });

  it("stays inside a 320 px viewport, narrower than its usual width", () => {
    const spot = placePanel(
      { left: 0, top: 100, right: 320, bottom: 140 },
      { left: 250, top: 108, right: 318, bottom: 132 },
      { width: 320, height: 640 },
      900,
    );
    expect(spot.width).toBe(304);
    expect(spot.left).toBe(8);
    expect(spot.top).toBe(148);
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(640);
  });
});
