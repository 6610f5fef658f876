import type { MessageId } from "../i18n/catalogue.js";

/**
 * A refusal or failure from the server, as a message of the catalogue: never the server's English
 * text, a field path or a code. The server names the field of bad input in `data.field`.
 */
export interface Described {
  readonly id: MessageId;
  readonly values?: Record<string, string | number>;
  /** The form field the refusal concerns, when the page has one. */
  readonly field?: string;
}

/** The fields the server may name, each with its words. */
const FIELD_WORDS: Record<string, MessageId> = {
  amount: "field.amount",
  currency: "field.currency",
  "usdRate.usdPerUnit": "field.usdRate",
  "usdRate.date": "field.usdRateDate",
  "usdRate.source": "field.usdRateSource",
  usdRate: "field.usdRate",
  year: "field.year",
  programme: "field.programme",
  places: "field.places",
  resettlementCountry: "field.resettlementCountry",
  hostCountry: "field.hostCountry",
  category: "field.category",
  appealId: "field.appeal",
  organisationId: "field.organisation",
  note: "field.note",
  reason: "field.reason",
  expectedVersion: "field.version",
  code: "field.appealCode",
  title: "field.title",
  requiredUsd: "field.requiredUsd",
  startDate: "field.startDate",
  endDate: "field.endDate",
  placeNeeds: "field.placeNeeds",
  id: "field.id",
  name: "field.name",
  kind: "field.kind",
  country: "field.country",
  email: "field.email",
  displayName: "field.displayName",
  password: "field.password",
  role: "field.role",
  version: "field.version",
  key: "field.fairShareKey",
};

/** The words for a field path the server named ("usdRate.usdPerUnit", "placeNeeds[2]"), if we have them. */
export function fieldWords(path: string | null | undefined): MessageId | null {
  if (!path) return null;
  return FIELD_WORDS[path] ?? FIELD_WORDS[path.replace(/\[\d+\].*$/, "").replace(/\..*$/, "")] ?? null;
}

interface ErrorLike {
  readonly message?: unknown;
  readonly data?: { readonly code?: unknown; readonly field?: unknown; readonly httpStatus?: unknown } | null;
}

/** The tRPC code of an error from the client ("CONFLICT"), or null for a failure without one (network). */
export function errorCode(error: unknown): string | null {
  const data = (error as ErrorLike | null)?.data;
  return typeof data?.code === "string" ? data.code : null;
}

export function describeError(error: unknown): Described {
  const data = (error as ErrorLike | null)?.data;
  const code = errorCode(error);
  const field = typeof data?.field === "string" ? data.field : null;
  const fieldId = fieldWords(field);
  const withField = (id: MessageId, fallback: MessageId): Described =>
    fieldId ? { id, values: { field: fieldId }, field: field ?? undefined } : { id: fallback };
  switch (code) {
    case null:
      return { id: "error.network" };
    case "UNAUTHORIZED":
      return { id: "error.unauthorized" };
    case "FORBIDDEN":
      return { id: "error.forbidden" };
    case "NOT_FOUND":
      return withField("error.notFoundField", "error.notFound");
    case "CONFLICT":
      return withField("error.conflictField", "error.conflict");
    case "TOO_MANY_REQUESTS": {
      const message = typeof (error as ErrorLike).message === "string" ? ((error as ErrorLike).message as string) : "";
      const minutes = /(\d+)\s*min/i.exec(message)?.[1];
      return minutes ? { id: "error.lockedMinutes", values: { minutes: Number(minutes) } } : { id: "error.tooMany" };
    }
    case "BAD_REQUEST":
      return withField("error.badField", "error.badRequest");
    case "PAYLOAD_TOO_LARGE":
      return { id: "error.tooLarge" };
    default:
      return { id: "error.server" };
  }
}
