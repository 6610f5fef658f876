import type { HolidayCalendar } from "../holidays.js";
import { PERU_HOLIDAYS } from "./peru.js";

/** The national holiday calendars the project ships; a jurisdiction without one counts weekends only. */
const CALENDARS = new Map<string, HolidayCalendar>([[PERU_HOLIDAYS.country, PERU_HOLIDAYS]]);

export function holidayCalendar(country: string): HolidayCalendar | null {
  return CALENDARS.get(country) ?? null;
}
