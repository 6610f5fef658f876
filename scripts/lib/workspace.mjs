// What the root commands share: where the repository is, installing its dependencies with the
// pinned pnpm on a machine that has only Node.js and npm, and running a workspace binary.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = packageManager.replace(/^pnpm@/, "");
const onWindows = process.platform === "win32";
const localBin = (name) => join(root, "node_modules", ".bin", onWindows ? `${name}.cmd` : name);

// Nothing here may phone home: turbo's anonymous telemetry stays off; corepack never prompts.
// The workspace's binaries come first on PATH: turbo starts each package's scripts with the pnpm it finds there.
export const env = {
  ...process.env,
  PATH: [join(root, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(onWindows ? ";" : ":"),
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
};

/** Runs a command to its end with the terminal attached; returns its exit status (1 if it could not start). */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", shell: onWindows, ...options });
  if (result.error) return { status: 1, error: result.error, stderr: "" };
  return { status: result.status ?? 1, signal: result.signal, stderr: result.stderr?.toString() ?? "" };
}

function hasCorepack() {
  return spawnSync("corepack", ["--version"], { stdio: "ignore", shell: onWindows }).status === 0;
}

/** The installed tree is stale when the lockfile changed after pnpm last wrote node_modules. */
function needsInstall() {
  const marker = join(root, "node_modules", ".modules.yaml");
  if (!existsSync(localBin("pnpm")) || !existsSync(marker)) return true;
  const lock = join(root, "pnpm-lock.yaml");
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs;
}

/** The last line of a failed tool's error output that says what went wrong, without its stack. */
function reason(stderr) {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("at ") && !/^Node\.js v/.test(line));
  return lines.findLast((line) => /error/i.test(line)) ?? lines.at(-1) ?? "unknown error";
}

/**
 * Installs the workspace's dependencies with the pinned pnpm when they are missing or older than the
 * lockfile. pnpm comes from corepack where Node ships one that works; an old corepack cannot verify
 * current pnpm releases, so its error becomes one plain line and the npm registry's pnpm is used.
 */
export function ensureDependencies() {
  if (!needsInstall()) return;
  const args = ["install", ...(process.env.CI ? ["--frozen-lockfile"] : [])];
  console.log(`[solidaria] installing dependencies with pnpm ${pnpmVersion} ...`);
  let attempt = { status: 1 };
  if (hasCorepack()) {
    attempt = run("corepack", [`pnpm@${pnpmVersion}`, ...args], { stdio: ["inherit", "inherit", "pipe"] });
    if (attempt.status !== 0)
      console.log(`[solidaria] corepack could not run pnpm (${reason(attempt.stderr)}); using npx pnpm instead.`);
  }
  if (attempt.status !== 0) attempt = run("npx", ["--yes", `pnpm@${pnpmVersion}`, ...args]);
  if (attempt.status !== 0) {
    console.error("[solidaria] installing the dependencies failed; see the output above.");
    process.exit(attempt.status);
  }
}

/** Runs a binary the workspace installed (pnpm, turbo, prettier ...) from the repository root. */
export function runBin(name, args, options = {}) {
  return run(localBin(name), args, options);
}

/** Like runBin, but leaves the event loop free (signal handlers run meanwhile); resolves to the exit status. */
export function runBinAsync(name, args) {
  return new Promise((resolve) => {
    const child = spawn(localBin(name), args, { cwd: root, env, stdio: "inherit", shell: onWindows });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
