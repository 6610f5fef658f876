#!/usr/bin/env node
// Lets `npm start` / `npm test` work on a machine that has only Node.js and npm:
// installs the workspace with the pinned pnpm when needed, then runs `pnpm <args>`.
// pnpm comes from corepack when Node ships it, otherwise from the npm registry via npx.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = packageManager.replace(/^pnpm@/, "");
const localPnpm = join(root, "node_modules", ".bin", process.platform === "win32" ? "pnpm.cmd" : "pnpm");

// Nothing here may phone home: turbo's anonymous telemetry stays off.
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) return { ok: false, error: result.error };
  return { ok: result.status === 0, status: result.status ?? 1 };
}

function hasCorepack() {
  return spawnSync("corepack", ["--version"], { stdio: "ignore", shell: process.platform === "win32" }).status === 0;
}

/** The installed tree is stale when the lockfile changed after pnpm last wrote node_modules. */
function needsInstall() {
  const marker = join(root, "node_modules", ".modules.yaml");
  if (!existsSync(localPnpm) || !existsSync(marker)) return true;
  const lock = join(root, "pnpm-lock.yaml");
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs;
}

function install() {
  const args = ["install", ...(process.env.CI ? ["--frozen-lockfile"] : [])];
  console.log(`[solidaria] installing dependencies with pnpm ${pnpmVersion} ...`);
  let attempt = hasCorepack() ? run("corepack", [`pnpm@${pnpmVersion}`, ...args]) : { ok: false };
  // An old corepack may not verify newer pnpm signatures: the npm registry's pnpm package works everywhere.
  if (!attempt.ok) attempt = run("npx", ["--yes", `pnpm@${pnpmVersion}`, ...args]);
  if (!attempt.ok) {
    console.error("[solidaria] dependency installation failed; see the output above.");
    process.exit(attempt.status ?? 1);
  }
}

if (needsInstall()) install();
const result = run(localPnpm, process.argv.slice(2));
if (result.error) {
  console.error(`[solidaria] could not start pnpm: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status);
