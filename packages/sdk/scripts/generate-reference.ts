/**
 * pnpm --filter @solidaria/sdk generate:reference
 * Rewrites the generated sections of packages/sdk/README.md (the CaseFacts field reference and the
 * facts-to-codes tables) from the domain's schema and rules. Commit the result: a test fails when the
 * README and the schema or the rules disagree.
 */
import { readFile, writeFile } from "node:fs/promises";
import { expectedReadme, README } from "./reference/readme-sections.js";

try {
  const next = await expectedReadme();
  if (next === (await readFile(README, "utf8"))) console.log(`${README}: up to date`);
  else {
    await writeFile(README, next);
    console.log(`${README}: generated sections rewritten`);
  }
} catch (error) {
  console.error(`generate:reference: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
