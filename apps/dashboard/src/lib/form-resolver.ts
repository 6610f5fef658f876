import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueMessage, type IssueMessage } from "./issues.js";

/**
 * A react-hook-form resolver that checks a form with one of the API's own schemas (zodResolver, on
 * what the form will send) and words every problem in the reader's language: `toInput` turns what
 * was typed into the API's input (and may report problems it found itself, such as an amount
 * written the wrong way for the language), `translate` turns a message id into text.
 *
 * On success the form's submit handler receives the API input itself, ready to send.
 */
export function localizedResolver<TForm extends FieldValues, TInput>(
  schema: z.ZodType,
  toInput: (values: TForm) => { input: TInput; problems?: Record<string, IssueMessage> },
  translate: (message: IssueMessage) => string,
  /** API fields shown under another form field (a transition's `amount` or `places` under `quantity`). */
  rename: Record<string, string> = {},
): Resolver<TForm, unknown, TInput> {
  const check = zodResolver(schema as z.ZodType<FieldValues, FieldValues>, undefined, { raw: true });
  return async (values, context, options) => {
    const { input, problems = {} } = toInput(values);
    const result = await check(input as FieldValues, context, {
      ...options,
      fields: {},
      shouldUseNativeValidation: false,
    });
    const errors: Record<string, unknown> = {};
    for (const { path: apiPath, error } of leaves(result.errors)) {
      const path = rename[apiPath] ?? apiPath;
      const raw = valueAt(values, path);
      const message = issueMessage({
        code: error.type,
        path: apiPath.split("."),
        input: raw === "" || raw === null ? undefined : raw,
      });
      setAt(errors, path, { type: error.type, message: translate(message) });
    }
    for (const [path, message] of Object.entries(problems)) {
      setAt(errors, path, { type: "locale", message: translate(message) });
    }
    if (Object.keys(errors).length === 0) return { values: input, errors: {} };
    return { values: {}, errors: errors as FieldErrors<TForm> };
  };
}

/** Every error of a (nested) react-hook-form errors object, with its dotted path. */
function leaves(errors: FieldErrors, prefix = ""): { path: string; error: { type: string; message: string } }[] {
  const found: { path: string; error: { type: string; message: string } }[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (node === undefined || node === null || typeof node !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const candidate = node as Partial<FieldError>;
    if (typeof candidate.type === "string" && "message" in candidate) {
      found.push({ path, error: { type: candidate.type, message: String(candidate.message ?? "") } });
    } else {
      found.push(...leaves(node as FieldErrors, path));
    }
  }
  return found;
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let node = root;
  segments.forEach((segment, index) => {
    if (index === segments.length - 1) node[segment] = value;
    else {
      const next = node[segment];
      node = next !== null && typeof next === "object" ? (next as Record<string, unknown>) : (node[segment] = {});
    }
  });
}
