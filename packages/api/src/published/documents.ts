import {
  BUILTIN_JURISDICTIONS,
  BUILTIN_SITUATIONS,
  describeIssue,
  issuePath,
  type CountrySituation,
  type Jurisdiction,
  type SchemaIssue,
} from "@solidaria/domain";
import { conflict, DomainError } from "../errors.js";
import { normaliseDocument } from "../text.js";

/**
 * What publishing a versioned document per country (country situations, jurisdiction profiles)
 * decides without the database, the same for every store: the checks of a document, the current
 * version per country from the stored rows, the refusal of a version that is not newer.
 */

export interface Versioned {
  readonly country: string;
  readonly version: number;
}

export interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** A stored version of a published document (a row of `country_situations` or `jurisdiction_profiles`). */
export interface PublishedRow {
  readonly country: string;
  readonly version: number;
  readonly document: string;
}

/** The row a publication stores. */
export interface PublishedInsert extends PublishedRow {
  readonly publishedBy: string;
  readonly publishedAt: string;
}

/** A refusal naming the first bad field, with every problem found in the message. */
function invalidDocument(problems: { path: readonly PropertyKey[]; text: string }[]): DomainError {
  const [first, ...rest] = problems;
  return new DomainError(
    "invalid",
    first ? issuePath(first.path) : null,
    [
      first?.text ?? "is not a valid document",
      ...rest.map((problem) => `${issuePath(problem.path)}: ${problem.text}`),
    ].join("; "),
  );
}

/** The document `input` as `schema` reads it, with its text normalised; or the refusal (thrown). */
export function checkedDocument<T>(schema: SafeParser<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw invalidDocument(
      parsed.error.issues.map((issue) => {
        const line = describeIssue(issue, "en", input);
        const prefix = `${issuePath(issue.path)}: `;
        return { path: issue.path, text: line.startsWith(prefix) ? line.slice(prefix.length) : line };
      }),
    );
  }
  const { document, problems } = normaliseDocument(parsed.data);
  if (problems.length > 0) throw invalidDocument(problems.map(({ path, message }) => ({ path, text: message })));
  return document;
}

/**
 * Refuses (throws) publishing `document` when `current` (the documents in force) already has its
 * country at the same or a newer version.
 */
export function refuseOlderVersion(current: readonly Versioned[], document: Versioned): void {
  const known = current.find((candidate) => candidate.country === document.country);
  if (known && document.version <= known.version) {
    throw conflict("version", `must be greater than ${known.version}, the current one for ${document.country}`);
  }
}

/** The row that stores `document` as published by `publishedBy` at `publishedAt`. */
export function publishedRow(document: Versioned, publishedBy: string, publishedAt: string): PublishedInsert {
  return {
    country: document.country,
    version: document.version,
    document: JSON.stringify(document),
    publishedBy,
    publishedAt,
  };
}

/** The built-in documents, superseded per country by the newest stored version; in country order. */
function inForce<T extends Versioned>(
  builtIn: readonly T[],
  rows: readonly PublishedRow[],
  read: (document: string) => T,
): T[] {
  const current = new Map<string, T>(builtIn.map((document) => [document.country, document]));
  for (const row of rows) {
    const known = current.get(row.country);
    if (!known || known.version < row.version) current.set(row.country, read(row.document));
  }
  return [...current.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** A situation stored before `lastVerified` existed was verified when it was published (`updated`). */
function upgradeSituation(document: CountrySituation | Omit<CountrySituation, "lastVerified">): CountrySituation {
  return "lastVerified" in document ? document : { ...document, lastVerified: document.updated };
}

/** The situations in force, from the stored rows (any order). */
export function situationsInForce(rows: readonly PublishedRow[]): CountrySituation[] {
  return inForce(BUILTIN_SITUATIONS, rows, (document) =>
    upgradeSituation(JSON.parse(document) as CountrySituation | Omit<CountrySituation, "lastVerified">),
  );
}

/** The jurisdiction profiles in force, from the stored rows (any order). */
export function jurisdictionsInForce(rows: readonly PublishedRow[]): Jurisdiction[] {
  return inForce(BUILTIN_JURISDICTIONS, rows, (document) => JSON.parse(document) as Jurisdiction);
}
