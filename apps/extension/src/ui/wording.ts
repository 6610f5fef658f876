import { INTL_TAGS, localizedDate, type Locale } from "@solidaria/domain";
import { t, type MessageKey } from "./messages.js";

/** A message that exists in the plural forms Intl.PluralRules distinguishes in es, pt and en. */
export interface PluralKeys {
  readonly one: MessageKey;
  readonly other: MessageKey;
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Numbers, dates, plurals and lists in one reader's language, all through Intl, and the extension's
 * messages with their `{placeholders}` filled in. One per locale and day: the Intl objects are built
 * once, not per badge.
 */
export class Wording {
  readonly tag: string;
  // Built on first use: creating Intl formatters loads locale data, costly enough to matter when a
  // content script starts inside a portal's page.
  private numbers?: Intl.NumberFormat;
  private plurals?: Intl.PluralRules;
  private relative?: Intl.RelativeTimeFormat;
  private dayMonth?: Intl.DateTimeFormat;
  private dayMonthYear?: Intl.DateTimeFormat;
  private lists?: Intl.ListFormat;

  constructor(
    readonly locale: Locale,
    /** Today where the reader is, as YYYY-MM-DD: a date this year is written without its year. */
    readonly today: string,
  ) {
    this.tag = INTL_TAGS[locale];
  }

  number(n: number): string {
    this.numbers ??= new Intl.NumberFormat(this.tag);
    return this.numbers.format(n);
  }

  /** The message with each `{name}` replaced (numbers formatted for the locale). */
  text(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
    return t(key, this.locale).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) return placeholder;
      return typeof value === "number" ? this.number(value) : value;
    });
  }

  /** "{n} casos …" in the plural form Intl.PluralRules chooses for n. */
  count(keys: PluralKeys, n: number, values: Readonly<Record<string, string | number>> = {}): string {
    this.plurals ??= new Intl.PluralRules(this.tag);
    return this.text(this.plurals.select(n) === "one" ? keys.one : keys.other, { n, ...values });
  }

  /** "a, b y c" / "a, b e c" / "a, b and c". */
  list(items: readonly string[]): string {
    this.lists ??= new Intl.ListFormat(this.tag, { style: "long", type: "conjunction" });
    return this.lists.format(items);
  }

  /** "29 nov", or "29 nov 2019" when not this year. */
  shortDate(date: string): string {
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) return date;
    // Civil dates: formatted in UTC so that no time zone moves them to the day before.
    if (date.slice(0, 4) === this.today.slice(0, 4)) {
      this.dayMonth ??= new Intl.DateTimeFormat(this.tag, { day: "numeric", month: "short", timeZone: "UTC" });
      return this.dayMonth.format(parsed);
    }
    this.dayMonthYear ??= new Intl.DateTimeFormat(this.tag, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    return this.dayMonthYear.format(parsed);
  }

  /** "29 de noviembre de 2026". */
  longDate(date: string): string {
    return localizedDate(date)[this.locale];
  }

  /**
   * How far a day is from today: "hoy", "mañana", "dentro de 5 días", "hace 3 meses", "hace 7 años".
   * Days up to six weeks, then months, then years: "hace 2559 días" is not how anyone says it.
   */
  fromToday(days: number): string {
    this.relative ??= new Intl.RelativeTimeFormat(this.tag, { numeric: "auto" });
    const size = Math.abs(days);
    if (size <= 45) return this.relative.format(days, "day");
    if (size < 365 * 2) return this.relative.format(Math.round(days / DAYS_PER_MONTH), "month");
    return this.relative.format(Math.trunc(days / 365.25), "year");
  }

  /**
   * A due date in a few words: "vence el 29 nov" while it runs; once past, the date as a deadline
   * ("plazo: 2 dic 2019"), never "expired": a count can be wrong (holidays, notification), and the
   * panel says how it was made.
   */
  due(due: string, daysLeft: number | null): string {
    const past = daysLeft !== null ? daysLeft < 0 : due < this.today;
    return this.text(past ? "dueWas" : "dueOn", { date: this.shortDate(due) });
  }
}
