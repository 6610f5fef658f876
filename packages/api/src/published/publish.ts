import { describeIssue, issuePath, type SchemaIssue } from "@solidaria/domain";
import type { LedgerDatabase } from "@solidaria/db";
import { attempt, conflict, DomainError, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import { normaliseDocument } from "../text.js";

/**
 * Publishing a versioned document per country (country situations, jurisdiction profiles): checked
 * as the domain's schema and the text rules want it, then, in one immediate transaction, compared
 * with the current version and inserted. Two coordinators, or two server processes, publishing the
 * same version at once: one wins, the other gets a conflict, never a failed insert.
 */

interface Versioned {
  readonly country: string;
  readonly version: number;
}

interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
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

/** The document `input` as `schema` reads it, with its text normalised; or the refusal. */
function checkedDocument<T>(schema: SafeParser<T>, input: unknown): T {
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

export function publishDocument<T extends Versioned>(
  db: LedgerDatabase,
  kind: {
    schema: SafeParser<T>;
    current: (db: Pick<LedgerDatabase, "select">) => T[];
    insert: (
      db: Pick<LedgerDatabase, "insert">,
      row: { country: string; version: number; document: string; publishedBy: string; publishedAt: string },
    ) => void;
  },
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Result<T> {
  return attempt(() => {
    const document = checkedDocument(kind.schema, input);
    return db.transaction((tx) => {
      const known = kind.current(tx).find((candidate) => candidate.country === document.country);
      if (known && document.version <= known.version) {
        throw conflict("version", `must be greater than ${known.version}, the current one for ${document.country}`);
      }
      kind.insert(tx, {
        country: document.country,
        version: document.version,
        document: JSON.stringify(document),
        publishedBy,
        publishedAt,
      });
      return document;
    }, IMMEDIATE);
  });
}
