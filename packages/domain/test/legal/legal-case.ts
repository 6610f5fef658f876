import type { CaseFactsInput } from "../../src/case/case-facts.js";
import type { EvaluationOptions } from "../../src/rules/evaluate.js";

/** What one annotation must say in a legal test case. Text checks are substrings, by language. */
interface FiredExpectation {
  readonly severity?: "critical" | "warning" | "info";
  /** The due date; `null` when no deadline may be computed. */
  readonly due?: string | null;
  readonly people?: readonly string[];
  readonly detail?: Partial<Record<"es" | "pt" | "en", readonly string[]>>;
  readonly action?: Partial<Record<"es" | "pt" | "en", readonly string[]>>;
  readonly title?: Partial<Record<"es" | "pt" | "en", string>>;
  /** Substrings no language may contain (a claim the law does not support). */
  readonly never?: readonly string[];
  /** Instrument ids (or source ids, for a basis resting on a report) that must be among the basis. */
  readonly basis?: readonly string[];
  readonly notBasis?: readonly string[];
  /** Substrings of the findings shown apart from the law. */
  readonly findings?: readonly string[];
  readonly stale?: boolean;
}

/**
 * One situation drawn from the reference documents (000-004) or from a law's article, with what the
 * engine must and must not say about it. `source` names the passage, so a lawyer can check the case.
 */
export interface LegalCase {
  readonly name: string;
  readonly source: string;
  readonly facts: Partial<CaseFactsInput>;
  readonly today?: string;
  readonly options?: Partial<Omit<EvaluationOptions, "today">>;
  readonly fires?: Readonly<Record<string, FiredExpectation>>;
  readonly silent?: readonly string[];
  /** Codes that must report `undetermined`, each with facts it must name as missing. */
  readonly undetermined?: Readonly<Record<string, readonly string[]>>;
}
