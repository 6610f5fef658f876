#!/usr/bin/env node
/**
 * npm run create-plugin -- NAME --jurisdiction CC [--layout table|cards|detail] [--lang es|pt|en] [--title TEXT] [--into DIR]
 * Creates packages/plugins/NAME with a plugin, a saved page in that layout and language, and a passing
 * test; then run `pnpm install` and `pnpm --filter @solidaria/plugin-NAME test`.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPlugin, ScaffoldError } from "./create-plugin.js";

const USAGE =
  "usage: npm run create-plugin -- NAME --jurisdiction CC [--layout table|cards|detail] [--lang es|pt|en] [--title TEXT] [--into DIR]";

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        jurisdiction: { type: "string" },
        layout: { type: "string" },
        lang: { type: "string" },
        title: { type: "string" },
        into: { type: "string" },
      },
    });
  } catch (error) {
    // Node's own message names the option ("Unknown option '--layuot'"); the usage says which exist.
    throw new ScaffoldError(`${(error as Error).message}\n${USAGE}`);
  }
}

try {
  const { values, positionals } = readArgs();
  const name = positionals[0];
  if (!name || !values.jurisdiction) throw new ScaffoldError(USAGE);
  const into = resolve(values.into ?? process.env.INIT_CWD ?? process.cwd(), values.into ? "" : "packages/plugins");
  const target = await createPlugin({
    name,
    jurisdiction: values.jurisdiction.toUpperCase(),
    into,
    ...(values.layout === undefined ? {} : { layout: values.layout }),
    ...(values.lang === undefined ? {} : { lang: values.lang }),
    ...(values.title ? { title: values.title } : {}),
  });
  console.log(`created ${target}\nnext: pnpm install && pnpm --filter @solidaria/plugin-${name} test`);
} catch (error) {
  console.error(`create-plugin: ${(error as Error).message}`);
  process.exitCode = 2;
}
