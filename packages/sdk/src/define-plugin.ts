import { BUILTIN_REGISTRY, CountryCode, type CaseFactsInput, type Rule, type RuleRegistry } from "@solidaria/domain";
import { compileMatchPattern } from "./url-match.js";

/** What an extractor gets besides the record element. */
export interface ExtractContext {
  /** The day deadlines and ages are counted to (YYYY-MM-DD). */
  readonly today: string;
  readonly url: URL;
  readonly document: Document;
  /**
   * Tells the runtime that a field of `PageDefinition.fields` was found on this record (its label,
   * column or element is on the page, whatever it holds). Feeds the page's health report.
   */
  readonly found?: (field: string) => void;
}

export interface PageDefinition {
  /** A name for the kind of page ("case-list", "case-detail"), unique within the plugin. */
  readonly kind: string;
  /** Narrows the plugin's URL patterns to this page kind; all of the plugin's URLs when absent. */
  readonly matches?: readonly string[];
  /** CSS selector of each case record on the page (a table row, a card, the detail page's main element). */
  readonly records: string;
  /** Where the badge goes: a selector inside the record, or a function; the record itself by default. */
  readonly anchor?: string | ((record: Element) => Element | null);
  /**
   * The fields the extractor reads, by name (a CaseFacts path such as "nationality"), for the page's
   * health report: a field no record of the page showed is named there, so that a portal redesign is
   * noticed. Names only, never values. Extractors report what they found with `context.found`.
   */
  readonly fields?: readonly string[];
  /**
   * Reads one record into CaseFacts input. Return what the page shows; the SDK adds the plugin's
   * jurisdiction when absent and validates the result with the domain schema.
   */
  extract(record: Element, context: ExtractContext): Partial<CaseFactsInput> | Record<string, unknown>;
}

export interface PluginDefinition {
  /** Reverse-DNS-like id, e.g. "pe.cepr.case-management". */
  readonly id: string;
  readonly name: string;
  /** Semantic version of the plugin. */
  readonly version: string;
  /** ISO 3166-1 alpha-2 of the country whose law applies to the portal's cases. */
  readonly jurisdiction: string;
  /** Match patterns of the portal's pages. */
  readonly matches: readonly string[];
  readonly pages: readonly PageDefinition[];
  /** A rule pack: rules added to the built-in registry for this plugin's pages. */
  readonly rules?: readonly Rule[];
}

export interface Plugin extends PluginDefinition {
  /** Built-in rules plus the plugin's pack. */
  readonly registry: RuleRegistry;
  /** The page kinds that apply to a URL (empty when the plugin does not handle it). */
  pagesFor(url: URL | string): PageDefinition[];
}

export class PluginDefinitionError extends Error {
  override readonly name = "PluginDefinitionError";
}

const ID = /^[a-z0-9]+([.-][a-z0-9]+)+$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9a-z.-]+)?$/i;

/** Checks a plugin definition and prepares it to run; every problem is named in the error. */
export function definePlugin(definition: PluginDefinition): Plugin {
  const problems: string[] = [];
  if (!ID.test(definition.id)) problems.push(`id "${definition.id}" must look like "pe.cepr.case-management"`);
  if (!definition.name?.trim()) problems.push("name is required");
  if (!SEMVER.test(definition.version))
    problems.push(`version "${definition.version}" must be a semantic version such as 1.0.0`);
  if (!CountryCode.safeParse(definition.jurisdiction).success) {
    problems.push(`jurisdiction "${definition.jurisdiction}" must be an ISO 3166-1 alpha-2 code`);
  }
  if (definition.matches.length === 0) problems.push("matches needs at least one URL pattern");
  const matchers: ((url: URL) => boolean)[] = [];
  for (const pattern of definition.matches) {
    try {
      matchers.push(compileMatchPattern(pattern));
    } catch (error) {
      problems.push(`matches: ${(error as Error).message}`);
    }
  }
  if (definition.pages.length === 0) problems.push("pages needs at least one page definition");
  const kinds = new Set<string>();
  const pageMatchers = new Map<PageDefinition, ((url: URL) => boolean)[]>();
  definition.pages.forEach((page, index) => {
    if (!page.kind) problems.push(`pages[${index}].kind is required`);
    if (kinds.has(page.kind)) problems.push(`pages[${index}].kind "${page.kind}" is used twice`);
    kinds.add(page.kind);
    if (!page.records?.trim()) problems.push(`pages[${index}].records needs a CSS selector`);
    if (typeof page.extract !== "function") problems.push(`pages[${index}].extract must be a function`);
    try {
      pageMatchers.set(page, (page.matches ?? []).map(compileMatchPattern));
    } catch (error) {
      problems.push(`pages[${index}].matches: ${(error as Error).message}`);
    }
  });
  let registry = BUILTIN_REGISTRY;
  try {
    registry = BUILTIN_REGISTRY.with(definition.rules ?? []);
  } catch (error) {
    problems.push(`rules: ${(error as Error).message}`);
  }
  if (problems.length > 0) {
    throw new PluginDefinitionError(`plugin "${definition.id}" is not valid:\n- ${problems.join("\n- ")}`);
  }
  return {
    ...definition,
    registry,
    pagesFor(url) {
      const target = typeof url === "string" ? new URL(url) : url;
      if (!matchers.some((matches) => matches(target))) return [];
      return definition.pages.filter((page) => {
        const own = pageMatchers.get(page) ?? [];
        return own.length === 0 || own.some((matches) => matches(target));
      });
    },
  };
}
