import {
  currencyExponent,
  isCurrencyCode,
  MoneyError,
  parseMoney,
  toDecimalString,
  toUsd,
  type Locale,
} from "@solidaria/domain";
import { parseLocalizedAmount, separators, type AmountProblem } from "./amount.js";
import type { IssueMessage } from "./issues.js";

/** The new-pledge form as typed: text everywhere, as the fields hold it. */
export interface PledgeForm {
  kind: "funding" | "places";
  organisationId: string;
  appealId: string;
  programme: string;
  year: string;
  note: string;
  amount: string;
  currency: string;
  usdRate: { usdPerUnit: string; date: string; source: string };
  places: string;
  resettlementCountry: string;
  hostCountry: string;
  category: string;
}

/** A whole number as typed, or the text itself for the schema to refuse; empty is absent. */
export function wholeNumberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A rate typed with the locale's decimal separator ("0,2965" in Portuguese) as the API writes it. */
function normaliseRate(text: string, locale: Locale): string {
  const { decimal } = separators(locale);
  return text.trim().split(decimal).join(".");
}

export function amountProblemMessage(problem: AmountProblem, currency: string): IssueMessage {
  const digits = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
  switch (problem) {
    case "empty":
      return { id: "issue.required" };
    case "negative":
    case "zero":
      return { id: "issue.amountPositive" };
    case "too-many-decimals":
      return { id: "issue.amountDecimals", values: { digits, currency } };
    case "not-a-number":
      return { id: "issue.amountFormat" };
  }
}

/** What the form sends to `pledge.create`, and the problems found before the API's schema looks. */
export function pledgeInput(values: PledgeForm, locale: Locale, idempotencyKey: string) {
  const problems: Record<string, IssueMessage> = {};
  const common = {
    kind: values.kind,
    idempotencyKey,
    programme: values.programme || undefined,
    year: wholeNumberOrText(values.year),
    ...(values.organisationId ? { organisationId: values.organisationId } : {}),
    ...(values.appealId ? { appealId: values.appealId } : {}),
    ...(values.note.trim() ? { note: values.note } : {}),
  };
  if (values.kind === "places") {
    return {
      input: {
        ...common,
        places: wholeNumberOrText(values.places),
        resettlementCountry: values.resettlementCountry || undefined,
        hostCountry: values.hostCountry || undefined,
        category: values.category || undefined,
      },
      problems,
    };
  }
  const amount = parseLocalizedAmount(values.amount, locale, values.currency);
  if (!amount.ok && amount.problem !== "empty") problems.amount = amountProblemMessage(amount.problem, values.currency);
  const usd = values.currency === "USD";
  return {
    input: {
      ...common,
      amount: amount.ok ? amount.value : values.amount.trim() || undefined,
      currency: values.currency || undefined,
      ...(usd
        ? {}
        : {
            usdRate: {
              usdPerUnit: normaliseRate(values.usdRate.usdPerUnit, locale) || undefined,
              date: values.usdRate.date || undefined,
              source: values.usdRate.source,
            },
          }),
    },
    problems,
  };
}

/** The USD equivalent of what was typed at the dated rate given, as a decimal string; null until both are readable. */
export function usdEquivalent(values: PledgeForm, locale: Locale): string | null {
  const amount = parseLocalizedAmount(values.amount, locale, values.currency);
  if (!amount.ok || !isCurrencyCode(values.currency)) return null;
  try {
    const money = parseMoney(amount.value, values.currency);
    if (values.currency === "USD") return toDecimalString(money);
    const rate = normaliseRate(values.usdRate.usdPerUnit, locale);
    if (!/^\d{1,9}(\.\d{1,12})?$/.test(rate) || !/[1-9]/.test(rate)) return null;
    return toDecimalString(
      toUsd(money, {
        currency: values.currency,
        usdPerUnit: rate,
        date: values.usdRate.date,
        source: values.usdRate.source,
      }),
    );
  } catch (error) {
    if (error instanceof MoneyError) return null;
    throw error;
  }
}
