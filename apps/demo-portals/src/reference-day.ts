import { IsoDate } from "@solidaria/domain";

/**
 * The day a page's synthetic cases are dated from (see synthetic-cases.ts): the server's local date by
 * default, or a fixed day (`DEMO_TODAY`, `?today=`, `createPortalServer({ today })`) for fixtures and tests.
 */
export interface PortalDay {
  /** YYYY-MM-DD. */
  readonly today: IsoDate;
  /** The page's URL pinned the day (`?today=`): its links carry it, so following them stays on that day. */
  readonly inLinks?: boolean;
}

/** The reference day an example in messages pins. */
const EXAMPLE = "2019-11-20";

/**
 * Why `value` is not a reference day, naming `name` (where it came from) and the form expected; `null`
 * when it is one. Years 1900-2200 only, as every date in the domain.
 */
export function referenceDayProblem(value: string, name: string): string | null {
  return IsoDate.safeParse(value).success
    ? null
    : `${name} must be a real calendar date as YYYY-MM-DD (for example ${name}=${EXAMPLE}), not ${JSON.stringify(value)}`;
}

/** `value` as a reference day; a RangeError says why it is not one (see referenceDayProblem). */
export function parseReferenceDay(value: string, name: string): IsoDate {
  const problem = referenceDayProblem(value, name);
  if (problem !== null) throw new RangeError(problem);
  return value;
}

/** `path` as a link of a page seen on `day`: it keeps `today=` when the page's URL had it. */
export function href(path: string, day: PortalDay): string {
  return day.inLinks ? `${path}${path.includes("?") ? "&" : "?"}today=${day.today}` : path;
}
