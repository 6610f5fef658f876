// The programs the tests drive besides Node.js, found or installed before anything else runs.
// Debian's packages only: a browser build downloaded by a test tool is never used.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import { join } from "node:path";

/** The oldest PostgreSQL major the ledger's PostgreSQL tests run on (Debian 12's). */
const POSTGRES_MIN_MAJOR = 15;

/**
 * Each tool: the variable that overrides where it is, where Debian puts it (newest first), what makes
 * a path the tool (an executable file, unless `isTool` and `expected` say otherwise), and its package.
 */
const TEST_TOOLS = [
  { name: "Chromium", variable: "CHROMIUM_PATH", paths: () => ["/usr/bin/chromium"], debianPackage: "chromium" },
  // Firefox ESR: the extension's Firefox build (.output/firefox-mv3) runs in it over WebDriver BiDi.
  {
    name: "Firefox ESR",
    variable: "FIREFOX_PATH",
    paths: () => ["/usr/bin/firefox-esr"],
    debianPackage: "firefox-esr",
  },
  // PostgreSQL: the ledger's PostgreSQL tests start a throwaway cluster with these programs
  // (packages/db/test-support). The variable names the directory of initdb and pg_ctl; Debian puts
  // each major version's in its own directory.
  {
    name: `PostgreSQL ${POSTGRES_MIN_MAJOR} or later`,
    variable: "POSTGRES_BIN",
    paths: postgresBinDirectories,
    isTool: (dir) => executable(join(dir, "initdb")) && executable(join(dir, "pg_ctl")),
    expected: "a directory holding initdb and pg_ctl",
    debianPackage: "postgresql",
  },
];

/** /usr/lib/postgresql/<major>/bin of every installed major from POSTGRES_MIN_MAJOR on, newest first. */
function postgresBinDirectories() {
  let entries;
  try {
    entries = readdirSync("/usr/lib/postgresql");
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) >= POSTGRES_MIN_MAJOR)
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => `/usr/lib/postgresql/${major}/bin`);
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isTool(tool, path) {
  return tool.isTool ? tool.isTool(path) : executable(path);
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const options = { stdio: ["ignore", "ignore", "inherit"], env };
  const update = spawnSync("apt-get", ["update", "-qq"], options);
  if (update.status !== 0) return false;
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], options);
  return install.status === 0;
}

/** Where a tool is, or null: its variable when set (and then nothing else), else Debian's path. */
function locate(tool) {
  const configured = process.env[tool.variable];
  if (configured) return isTool(tool, configured) ? configured : null;
  return tool.paths().find((path) => isTool(tool, path)) ?? null;
}

/**
 * Makes sure every test tool is there, installing the missing ones with apt-get when this process may
 * (root on Debian or Ubuntu). Otherwise stops at once with one line naming the command to run.
 * Returns the environment the tests need (each tool's variable set to where it was found).
 */
export function ensureTestTools() {
  const found = {};
  const missing = [];
  for (const tool of TEST_TOOLS) {
    const configured = process.env[tool.variable];
    if (configured && !isTool(tool, configured)) {
      const expected = tool.expected ?? "an executable file";
      console.error(`[solidaria] ${tool.variable}=${configured} is not ${expected}: fix or unset it.`);
      process.exit(1);
    }
    const path = locate(tool);
    if (path) found[tool.variable] = path;
    else missing.push(tool);
  }
  if (missing.length === 0) return found;

  const packages = missing.map((tool) => tool.debianPackage);
  const names = missing.map((tool) => tool.name).join(", ");
  if (!canInstallWithApt()) {
    const variables = missing.map((tool) => `${tool.variable}`).join(", ");
    console.error(
      `[solidaria] the tests need ${names}: run \`sudo apt-get install ${packages.join(" ")}\` (or set ${variables}), then run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`[solidaria] installing ${names} for the tests (apt-get install ${packages.join(" ")}) ...`);
  if (!aptInstall(packages)) {
    console.error(`[solidaria] apt-get could not install ${packages.join(" ")}; see the output above.`);
    process.exit(1);
  }
  for (const tool of missing) {
    const path = locate(tool);
    if (!path) {
      console.error(`[solidaria] ${tool.debianPackage} was installed but ${tool.name} is still not found.`);
      process.exit(1);
    }
    found[tool.variable] = path;
  }
  return found;
}
