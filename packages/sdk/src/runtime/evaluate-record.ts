import {
  assessCase,
  CaseFacts,
  describeIssues,
  type Annotation,
  type CountrySituation,
  type Jurisdiction,
  type PlaceAvailability,
  type UndeterminedRule,
} from "@solidaria/domain";
import type { ExtractContext, PageDefinition, Plugin } from "../define-plugin.js";

/** What the runtime knows about one record after extracting and evaluating it. */
export interface RecordResult {
  readonly page: string;
  /** The case reference the record showed, when extraction got that far. */
  readonly reference: string | null;
  readonly facts: CaseFacts | null;
  readonly annotations: Annotation[];
  readonly undetermined: UndeterminedRule[];
  /** Why the record could not be read (schema issues naming the field, or the extractor's error). */
  readonly errors: string[];
  /**
   * The page's declared fields (`PageDefinition.fields`) this record showed, by name; absent when the
   * page declares none. Names only: the health report is made of these.
   */
  readonly fieldsFound?: readonly string[];
}

export interface EvaluationSettings {
  readonly today: string;
  readonly situations?: readonly CountrySituation[];
  /** Jurisdiction profiles (e.g. synced from the coordination server) that replace the built-in ones. */
  readonly jurisdictions?: readonly Jurisdiction[];
  readonly resettlementPlaces?: readonly PlaceAvailability[] | null;
}

/** Extracts, validates and evaluates one record. Never throws: failures become `errors`. */
export function evaluateRecord(
  plugin: Plugin,
  page: PageDefinition,
  record: Element,
  context: ExtractContext,
  settings: EvaluationSettings,
): RecordResult {
  let raw: Record<string, unknown>;
  const found = page.fields ? new Set<string>() : null;
  const recordContext: ExtractContext = found
    ? {
        ...context,
        found: (field) => {
          found.add(field);
        },
      }
    : context;
  // What the extractor found, read once it has run (also when it failed part-way).
  const foundFields = () => (found ? { fieldsFound: [...found] } : {});
  try {
    raw = { jurisdiction: plugin.jurisdiction, ...(page.extract(record, recordContext) as Record<string, unknown>) };
  } catch (error) {
    return {
      page: page.kind,
      reference: null,
      facts: null,
      annotations: [],
      undetermined: [],
      errors: [`extract failed: ${(error as Error)?.message ?? String(error)}`],
      ...foundFields(),
    };
  }
  const input = withoutUndefined(raw) as Record<string, unknown>;
  const reference = typeof input.reference === "string" ? input.reference : null;
  const parsed = CaseFacts.safeParse(input);
  if (!parsed.success) {
    return {
      page: page.kind,
      reference,
      facts: null,
      annotations: [],
      undetermined: [],
      // With the input, a value of the wrong type ("68" for an age) is told apart from a missing one.
      errors: describeIssues(parsed.error.issues, "en", input),
      ...foundFields(),
    };
  }
  const assessment = assessCase(parsed.data, {
    today: settings.today,
    rules: plugin.registry,
    ...(settings.situations ? { situations: settings.situations } : {}),
    ...(settings.jurisdictions ? { jurisdictions: settings.jurisdictions } : {}),
    resettlementPlaces: settings.resettlementPlaces ?? null,
  });
  return {
    page: page.kind,
    reference,
    facts: parsed.data,
    annotations: assessment.annotations,
    undetermined: assessment.undetermined,
    errors: assessment.failures.map((failure) => `rule ${failure.code} failed: ${failure.message}`),
    ...foundFields(),
  };
}

/**
 * Extractors may leave fields undefined; the strict schema should only see what is present. (A JSON
 * round trip does the same but costs more than the rest of the evaluation on a list of 10,000 rows.)
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(withoutUndefined);
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) copy[key] = withoutUndefined(field);
  }
  return copy;
}

/** The element a record's badge attaches to. */
export function anchorOf(page: PageDefinition, record: Element): Element {
  if (page.anchor === undefined) return record;
  const anchor = typeof page.anchor === "string" ? record.querySelector(page.anchor) : page.anchor(record);
  return anchor ?? record;
}
