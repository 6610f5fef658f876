import { BUILTIN_REGISTRY, CaseFacts, type Rule } from "@solidaria/domain";
import { cell } from "./case-facts-reference.js";

/**
 * The facts-to-codes reference of the SDK's README, from the rule registry: which `CaseFacts` fields each
 * rule reads (its declared `reads`, checked by the domain's tests) and so which codes a fact can lead to.
 */

const code = (value: string) => `\`${value}\``;

export function factsToCodesSection(rules: Iterable<Rule> = BUILTIN_REGISTRY): string {
  const list = [...rules];
  const byFact = new Map<string, string[]>();
  for (const field of Object.keys(CaseFacts.shape)) byFact.set(field, []);
  for (const rule of list) for (const field of rule.reads ?? []) byFact.get(field)?.push(rule.code);
  const lines = [
    "Which codes each fact can lead to, from the built-in rules and the facts each one declares it reads",
    "(a test in `@solidaria/domain` checks that a rule reads nothing else). A fact a rule reads can raise its",
    "code, keep it from being raised, or decide which version is raised; the codes are described in",
    "[docs/architecture.md](../../docs/architecture.md).",
    "",
    "| fact | codes whose rules read it |",
    "| --- | --- |",
    ...[...byFact].map(
      ([field, codes]) =>
        `| \`${field}\` | ${codes.length > 0 ? codes.map(code).join(", ") : "none of the built-in rules"} |`,
    ),
    "",
    "| code | facts it reads | what the rule checks |",
    "| --- | --- | --- |",
    ...list.map(
      (rule) =>
        `| ${code(rule.code)} | ${rule.reads && rule.reads.length > 0 ? rule.reads.map(code).join(", ") : "not declared"} | ${cell(rule.summary.en)} |`,
    ),
  ];
  return lines.join("\n");
}
