/**
 * Where badges and the panel go. Badges live in a layer above the portal, never inside its table: any
 * change to a table's cells makes the browser lay the whole table out again, which on a list of a
 * thousand rows takes longer than a frame. A badge takes the free space to the right of the text in
 * its row; the panel opens beside the row it explains, never over it, inside the viewport.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Free space in a row, beside text: a badge may be drawn there without covering anything. */
export type Gap = Box;

export interface Spot {
  readonly left: number;
  readonly top: number;
  /** How wide the badge may be: narrower than its words when no gap is wide enough (they are cut short). */
  readonly maxWidth: number;
}

/** Space between the text and a badge, and between two badges of the same row. */
const BADGE_SPACING = 6;
/** The smallest a badge is drawn (its symbol alone): a target needs 24 px. */
export const MIN_BADGE_WIDTH = 28;

/**
 * Places badges of the given sizes one after another in the row's gaps (in reading order): each in the
 * first gap that still fits it whole, else at the start of the widest gap left, cut to fit (never under
 * `MIN_BADGE_WIDTH`, even if that covers a little of the next cell). Vertically centred in the gap.
 */
export function placeBadges(
  gaps: readonly Gap[],
  sizes: readonly { readonly width: number; readonly height: number }[],
): Spot[] {
  const free = gaps.map((gap) => ({ ...gap }));
  return sizes.map(({ width, height }) => {
    const fitting = free.find((gap) => gap.right - gap.left >= width);
    const gap =
      fitting ??
      free.reduce<(typeof free)[number] | undefined>(
        (widest, candidate) =>
          widest === undefined || candidate.right - candidate.left > widest.right - widest.left ? candidate : widest,
        undefined,
      );
    if (gap === undefined) return { left: 0, top: 0, maxWidth: width };
    const maxWidth = Math.max(MIN_BADGE_WIDTH, Math.min(width, gap.right - gap.left));
    const spot = { left: gap.left, top: (gap.top + gap.bottom - height) / 2, maxWidth };
    gap.left += maxWidth + BADGE_SPACING;
    return spot;
  });
}

/**
 * The gaps beside an anchor's text: in a table, the free space at the end of the anchor's cell and of
 * every cell after it in the row; elsewhere, the space after the anchor's own text. In viewport
 * coordinates, measured with `range` (one Range reused: creating thousands is waste).
 */
export function measureGaps(anchor: Element, range: Range): Gap[] {
  const cells: Element[] = [anchor];
  if (anchor.matches("td, th"))
    for (let next = anchor.nextElementSibling; next; next = next.nextElementSibling)
      if (next.matches("td, th")) cells.push(next);
  const gaps: Gap[] = [];
  for (const cell of cells) {
    const box = cell.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    range.selectNodeContents(cell);
    const text = range.getBoundingClientRect();
    const textEnd = text.width === 0 && text.height === 0 ? box.left : text.right;
    gaps.push({ left: textEnd + BADGE_SPACING, top: box.top, right: box.right - 2, bottom: box.bottom });
  }
  return gaps;
}

export interface PanelSpot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly maxHeight: number;
}

const MARGIN = 8;
const PANEL_WIDTH = 420;
/** Below this, a side is too small to read in: the panel takes the larger side instead. */
const MIN_SIDE = 160;

/**
 * The panel's place in the viewport: as wide as it reads well (never wider than the viewport, so it
 * reflows at 320 px), below the row when it fits there, else above it, else on the larger side; its
 * height capped to that side so it never covers the row it explains, and scrolls when longer.
 */
export function placePanel(
  row: Box,
  badge: Box,
  viewport: { readonly width: number; readonly height: number },
  contentHeight: number,
): PanelSpot {
  const width = Math.max(0, Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN));
  const left = Math.min(Math.max(badge.left, MARGIN), Math.max(MARGIN, viewport.width - width - MARGIN));
  const below = viewport.height - Math.max(row.bottom, 0) - 2 * MARGIN;
  const above = Math.min(row.top, viewport.height) - 2 * MARGIN;
  const goBelow = below >= Math.min(contentHeight, MIN_SIDE) || below >= above;
  const room = Math.max(goBelow ? below : above, MIN_SIDE);
  const height = Math.min(contentHeight, room);
  const top = goBelow
    ? Math.min(Math.max(row.bottom, 0) + MARGIN, viewport.height - height - MARGIN)
    : Math.max(Math.min(row.top, viewport.height) - MARGIN - height, MARGIN);
  return { left, top: Math.max(top, MARGIN), width, maxHeight: room };
}
