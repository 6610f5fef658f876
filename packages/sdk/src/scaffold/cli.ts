#!/usr/bin/env node
/**
 * npm run create-plugin -- NAME --jurisdiction CC [--title TEXT] [--into DIR]
 * Creates packages/plugins/NAME with a plugin, a saved page and a passing test; then run
 * `pnpm install` and `pnpm --filter @solidaria/plugin-NAME test`.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPlugin, ScaffoldError } from "./create-plugin.js";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { jurisdiction: { type: "string" }, title: { type: "string" }, into: { type: "string" } },
  });
  const name = positionals[0];
  if (!name || !values.jurisdiction)
    throw new ScaffoldError("usage: npm run create-plugin -- NAME --jurisdiction CC [--title TEXT] [--into DIR]");
  const into = resolve(values.into ?? process.env.INIT_CWD ?? process.cwd(), values.into ? "" : "packages/plugins");
  const target = createPlugin({
    name,
    jurisdiction: values.jurisdiction.toUpperCase(),
    into,
    ...(values.title ? { title: values.title } : {}),
  });
  console.log(`created ${target}\nnext: pnpm install && pnpm --filter @solidaria/plugin-${name} test`);
} catch (error) {
  console.error(`create-plugin: ${(error as Error).message}`);
  process.exitCode = 2;
}
