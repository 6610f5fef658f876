import * as z from "zod/mini";
import { IsoDate, todayLocal } from "@solidaria/domain";

/**
 * A developer setting: a day pinned as "today", so that a page saved months ago shows the deadlines,
 * ages and "in 5 days" it showed then. Badges depend on the date; without a pin they count to today.
 */

/**
 * As stored: a date, or null (not pinned, the normal case). A stored value that is not a date is read
 * as null, not as a reason to drop the user's other settings with it.
 */
export const PinnedTodaySetting = z.catch(z.nullable(IsoDate), null);

/** What was typed in the options page: empty unpins; anything else must be a real date (1900-2200). */
export function parsePinnedToday(typed: string): { ok: true; date: string | null } | { ok: false } {
  const trimmed = typed.trim();
  if (trimmed === "") return { ok: true, date: null };
  const parsed = IsoDate.safeParse(trimmed);
  return parsed.success ? { ok: true, date: parsed.data } : { ok: false };
}

/** The day deadlines and ages are counted to: the pinned one, else today where the reader is. */
export function effectiveToday(pinned: string | null, now: () => string = todayLocal): string {
  return pinned ?? now();
}
