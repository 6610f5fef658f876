import * as z from "zod/mini";

/**
 * Portal hosts a development build may read from install, for testing a plugin for a new portal
 * unpacked without the permission prompt: `SOLIDARIA_DEV_HOSTS="https://portal.example.gob/*" wxt build`.
 * They are added to `host_permissions` only when the variable is set; a release is built without it
 * (test/unit/manifests.test.ts checks the built permissions).
 */

const VARIABLE = "SOLIDARIA_DEV_HOSTS";

/** A host match pattern: scheme (or *), host (or *, or *.domain), optional port, then a path. */
const HostPattern = z.string().check(
  z.regex(/^(?:https?|\*):\/\/(?:\*|(?:\*\.)?[^/*:\s]+)(?::\d{1,5})?\/\S*$/, {
    error: (issue) =>
      `${VARIABLE}: expected match patterns such as https://portal.example.gob/*, separated by commas; got ${JSON.stringify(issue.input)}`,
  }),
);

/** The patterns the variable lists (none when it is unset or empty); an error names each bad one. */
export function devHostPermissions(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const problems = entries.flatMap((entry) => HostPattern.safeParse(entry).error?.issues ?? []);
  if (problems.length > 0) throw new Error(problems.map((issue) => issue.message).join("\n"));
  return entries;
}
