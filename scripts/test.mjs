#!/usr/bin/env node
// `npm test`: every check and test of the workspace, from a machine that has only Node.js and npm.
// First the programs the tests drive (so a missing one stops us at once, before any install), then
// the dependencies, then one turbo run: formatting, workspace consistency, unused code, lint with
// types, type checks and every package's tests. Extra arguments go to turbo (`npm test -- --filter X`).
import { ensureTestTools } from "./lib/test-tools.mjs";
import { ensureDependencies, env, runBin } from "./lib/workspace.mjs";

Object.assign(env, ensureTestTools());
ensureDependencies();
const tasks = ["format:check", "sherif", "knip", "lint:workspace", "typecheck", "lint", "test"];
// --continue: one run shows every failing check, not only the first.
const result = runBin("turbo", ["run", ...tasks, "--continue", ...process.argv.slice(2)]);
process.exit(result.status);
