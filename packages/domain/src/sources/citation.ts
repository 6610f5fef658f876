import * as z from "zod/mini";

/** Where a fact comes from: a document in the source catalogue and the place in it. */
export const Citation = z.strictObject({
  source: z.string().check(z.minLength(1)),
  /** Article, paragraph, section or page, as the document numbers them. */
  locator: z.nullable(z.string().check(z.minLength(1))),
});
export type Citation = z.infer<typeof Citation>;

/** A fact together with the citation that supports it. Unknown facts are `null`, never guessed. */
export function sourcedSchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, source: Citation });
}
export type Sourced<T> = { readonly value: T; readonly source: Citation };

export function cite(source: string, locator: string | null = null): Citation {
  return { source, locator };
}

export function sourced<T>(value: T, source: string, locator: string | null = null): Sourced<T> {
  return { value, source: { source, locator } };
}
