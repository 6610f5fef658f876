import * as z from "zod/mini";
import { CaseFacts, CountryCode, IsoDate } from "@solidaria/domain";

/**
 * The `CaseFacts` field reference of the SDK's README, walked from the schema itself: every field with
 * its type, allowed values, whether it may be left out, and the description the schema gives it.
 */

/**
 * The part of zod's schema internals this walk reads (`_zod.def`, `_zod.parent`). zod's own types for
 * them are a union of every schema kind; this is the shape the walk relies on, and a schema kind it
 * does not know is named as such in the table rather than guessed.
 */
interface SchemaNode {
  readonly _zod: { readonly def: SchemaDef; readonly parent?: SchemaNode };
}
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, SchemaNode>>;
  readonly innerType?: SchemaNode;
  readonly element?: SchemaNode;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly length?: number;
  readonly format?: string;
}

const node = (schema: unknown): SchemaNode => schema as SchemaNode;

/** Types shared by many fields, named once: recognised by identity, through copies made to describe a field. */
const NAMED_TYPES: ReadonlyMap<SchemaNode, string> = new Map([
  [node(IsoDate), "date, `YYYY-MM-DD`"],
  [node(CountryCode), "country, ISO 3166-1 alpha-2 code (`VE`)"],
]);

function namedType(schema: SchemaNode): string | undefined {
  for (let current: SchemaNode | undefined = schema; current; current = current._zod.parent) {
    const name = NAMED_TYPES.get(current);
    if (name) return name;
  }
  return undefined;
}

interface FieldRow {
  /** `people[].age`: `[]` stands for every item of a list. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly nullable: boolean;
  readonly description: string;
}

function checksOf(schema: SchemaNode): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((check) => check._zod.def);
}

function numberType(schema: SchemaNode): string {
  const checks = checksOf(schema);
  const whole = checks.some((check) => check.check === "number_format" && check.format?.includes("int"));
  const min = checks.find((check) => check.check === "greater_than")?.value;
  const max = checks.find((check) => check.check === "less_than")?.value;
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : "";
  return `${whole ? "whole number" : "number"}${range}`;
}

function stringType(schema: SchemaNode): string {
  const checks = checksOf(schema);
  const min = checks.find((check) => check.check === "min_length")?.minimum;
  const max = checks.find((check) => check.check === "max_length")?.maximum;
  if (min !== undefined && max !== undefined) return `text, ${min} to ${max} characters`;
  if (max !== undefined) return `text, at most ${max} characters`;
  return "text";
}

const code = (value: unknown) => `\`${String(value)}\``;

/** The type of a schema in words; `nested` is set when its fields (or its items' fields) follow as rows. */
function typeOf(schema: SchemaNode): { type: string; nested?: { path: string; object: SchemaNode } } {
  const named = namedType(schema);
  if (named) return { type: named };
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
      return { type: stringType(schema) };
    case "number":
      return { type: numberType(schema) };
    case "boolean":
      return { type: "yes or no (`true`, `false`)" };
    case "enum":
      return {
        type: `one of ${Object.values(def.entries ?? {})
          .map(code)
          .join(", ")}`,
      };
    case "literal":
      return { type: `exactly ${(def.values ?? []).map((value) => code(JSON.stringify(value))).join(" or ")}` };
    case "object":
      return { type: "object (its fields follow)", nested: { path: "", object: schema } };
    case "array": {
      const max = checksOf(schema).find((check) => check.check === "max_length")?.maximum;
      const list = max === undefined ? "list" : `list of up to ${max}`;
      const element = def.element;
      if (!element) return { type: list };
      if (element._zod.def.type === "object")
        return { type: `${list} objects (their fields follow)`, nested: { path: "[]", object: element } };
      return { type: `${list}; each: ${typeOf(element).type}` };
    }
    default:
      return { type: `(${def.type})` };
  }
}

function descriptionOf(schema: SchemaNode): string {
  const meta = z.globalRegistry.get(schema as unknown as z.core.$ZodType);
  return typeof meta?.description === "string" ? meta.description : "";
}

function walk(object: SchemaNode, prefix: string, rows: FieldRow[]): void {
  for (const [key, field] of Object.entries(object._zod.def.shape ?? {})) {
    let inner = field;
    let required = true;
    let nullable = false;
    // Wrappers say whether a field may be left out or null; the description sits on the outermost one.
    for (;;) {
      const def = inner._zod.def;
      if ((def.type === "optional" || def.type === "default") && def.innerType) required = false;
      else if (def.type === "nullable" && def.innerType) nullable = true;
      else break;
      inner = def.innerType;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    const { type, nested } = typeOf(inner);
    rows.push({
      path,
      type,
      required,
      nullable,
      description: descriptionOf(field) || descriptionOf(inner),
    });
    if (nested) walk(nested.object, `${path}${nested.path}`, rows);
  }
}

export function caseFactsRows(schema: unknown = CaseFacts): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(node(schema), "", rows);
  return rows;
}

/** Text inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function caseFactsSection(rows: readonly FieldRow[] = caseFactsRows()): string {
  const lines = [
    "Every field a plugin may return, from the `CaseFacts` schema in `@solidaria/domain`. Only `reference`",
    "is required from an extractor (the SDK adds `jurisdiction`); leave out what the page does not show.",
    "`[]` after a name stands for every item of a list; a field marked required is required whenever the",
    "object holding it is given (`location.kind` when there is a `location`).",
    "",
    "| field | type and allowed values | required | what it is |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? "yes" : "no"}${row.nullable ? ", may be `null`" : ""} | ${cell(row.description)} |`,
    ),
  ];
  return lines.join("\n");
}
