#!/usr/bin/env node
// `node scripts/with-pnpm.mjs <pnpm arguments>`: installs the workspace when needed (see
// lib/workspace.mjs), then runs the pinned pnpm. The root package.json's scripts start here, so
// they work on a machine with only Node.js and npm.
import { ensureDependencies, runBin } from "./lib/workspace.mjs";

ensureDependencies();
const result = runBin("pnpm", process.argv.slice(2));
if (result.error) console.error(`[solidaria] could not start pnpm: ${result.error.message}`);
process.exit(result.status);
