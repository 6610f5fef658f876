import type { MessageId } from "../i18n/catalogue.js";

/**
 * A schema issue (zod's code, path and limits) as a message of the catalogue, worded for the field it
 * is about: never zod's English. The API's schemas are the ones checked (validators.ts); this only
 * chooses the words.
 */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: unknown;
  readonly input?: unknown;
}

export interface IssueMessage {
  readonly id: MessageId;
  readonly values?: Record<string, string | number>;
}

/** The field an issue is about, as react-hook-form names it ("usdRate.usdPerUnit", "placeNeeds.0.needed"). */
function issueField(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

const BY_FIELD: Record<string, (issue: IssueLike) => IssueMessage> = {
  year: () => ({ id: "issue.year" }),
  amount: () => ({ id: "issue.amount" }),
  requiredUsd: () => ({ id: "issue.amount" }),
  currency: () => ({ id: "issue.currency" }),
  usdRate: () => ({ id: "issue.usdRateMissing" }),
  "usdRate.usdPerUnit": (issue) => ({ id: issue.code === "custom" ? "issue.usdRateTooLarge" : "issue.usdRate" }),
  "usdRate.date": () => ({ id: "issue.date" }),
  "usdRate.source": () => ({ id: "issue.rateSource" }),
  places: () => ({ id: "issue.places" }),
  needed: () => ({ id: "issue.placesNeeded" }),
  resettlementCountry: () => ({ id: "issue.country" }),
  hostCountry: () => ({ id: "issue.country" }),
  country: () => ({ id: "issue.country" }),
  category: () => ({ id: "issue.choose" }),
  programme: () => ({ id: "issue.choose" }),
  kind: () => ({ id: "issue.choose" }),
  role: () => ({ id: "issue.choose" }),
  organisationId: () => ({ id: "issue.choose" }),
  reason: () => ({ id: "issue.reason" }),
  code: () => ({ id: "issue.appealCode" }),
  id: () => ({ id: "issue.organisationId" }),
  startDate: () => ({ id: "issue.date" }),
  endDate: (issue) => ({ id: issue.code === "custom" ? "issue.endBeforeStart" : "issue.date" }),
  email: () => ({ id: "issue.email" }),
  idempotencyKey: () => ({ id: "issue.retry" }),
  placeNeeds: (issue) => ({ id: issue.code === "custom" ? "issue.needRepeated" : "issue.invalid" }),
  name: (issue) =>
    issue.code === "too_small"
      ? { id: "issue.tooShort", values: { min: Number(issue.minimum) } }
      : { id: "issue.text" },
};

/** The last named segment of a path ("placeNeeds.2.needed" -> "needed"), for the per-field words. */
function lastName(path: readonly PropertyKey[]): string {
  const names = path.filter((segment) => typeof segment === "string");
  const whole = issueField(path);
  return BY_FIELD[whole] ? whole : (names[names.length - 1] ?? "");
}

export function issueMessage(issue: IssueLike): IssueMessage {
  // Nothing typed or chosen: whatever the schema expected (a type, one of a list), the answer is "required".
  const missing = issue.input === undefined && issue.code !== "custom";
  if (missing) return { id: "issue.required" };
  const field = lastName(issue.path);
  const byField = BY_FIELD[field];
  if (byField) return byField(issue);
  // Free text (titles, names, notes): its length, or characters it may not hold.
  if (issue.code === "too_small" && issue.origin === "string")
    return Number(issue.minimum) <= 1
      ? { id: "issue.required" }
      : { id: "issue.tooShort", values: { min: Number(issue.minimum) } };
  if (issue.code === "too_big" && issue.origin === "string")
    return { id: "issue.tooLong", values: { max: Number(issue.maximum) } };
  if (issue.code === "custom") return { id: "issue.text" };
  return { id: "issue.invalid" };
}
