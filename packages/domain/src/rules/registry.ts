import { AnnotationCode } from "../annotations/annotation.js";
import type { Rule } from "./rule.js";

export class RuleConflictError extends Error {
  override readonly name = "RuleConflictError";
}

/**
 * An immutable set of rules keyed by annotation code. Rule packs extend a registry into a new one,
 * so a plugin can never change the rules another page or plugin evaluates with.
 */
export class RuleRegistry {
  readonly #rules: ReadonlyMap<string, Rule>;

  private constructor(rules: ReadonlyMap<string, Rule>) {
    this.#rules = rules;
  }

  static of(rules: Iterable<Rule>): RuleRegistry {
    return RuleRegistry.empty().with(rules);
  }

  static empty(): RuleRegistry {
    return new RuleRegistry(new Map());
  }

  /**
   * A registry with `rules` added. A code already present is an error unless `replace` is set:
   * silently shadowing a built-in rule would change what users rely on.
   */
  with(rules: Iterable<Rule>, { replace = false }: { replace?: boolean } = {}): RuleRegistry {
    const next = new Map(this.#rules);
    for (const rule of rules) {
      const parsed = AnnotationCode.safeParse(rule.code);
      if (!parsed.success) {
        throw new RuleConflictError(`rule code "${rule.code}" ${parsed.error.issues[0]?.message ?? "is invalid"}`);
      }
      if (next.has(rule.code) && !replace) {
        throw new RuleConflictError(`a rule for "${rule.code}" is already registered`);
      }
      next.set(rule.code, rule);
    }
    return new RuleRegistry(next);
  }

  without(...codes: string[]): RuleRegistry {
    const next = new Map(this.#rules);
    for (const code of codes) next.delete(code);
    return new RuleRegistry(next);
  }

  get(code: string): Rule | undefined {
    return this.#rules.get(code);
  }

  has(code: string): boolean {
    return this.#rules.has(code);
  }

  get codes(): string[] {
    return [...this.#rules.keys()];
  }

  get size(): number {
    return this.#rules.size;
  }

  [Symbol.iterator](): IterableIterator<Rule> {
    return this.#rules.values();
  }
}
