#!/usr/bin/env node
// `npm start`: builds what the demo needs, then runs the coordination server on data/solidaria.sqlite
// with the SYNTHETIC demo data and the web dashboard at its root, and beside it the replica portals
// the extension annotates; the extension is built for Chromium to load unpacked. Ctrl-C (or SIGTERM) stops everything and exits 0.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureDependencies, root, runBinAsync } from "./lib/workspace.mjs";

const HELP = `npm start [-- OPTIONS]   (or: node scripts/demo.mjs [OPTIONS])

Builds the workspace's server, demo portals and extension, then runs, until Ctrl-C:
  the coordination server   http://127.0.0.1:3000 on data/solidaria.sqlite, SYNTHETIC demo data
  the demo portals          http://127.0.0.1:8080 (PORTALS_PORT to change), SYNTHETIC cases
  and prints where the built extension is (apps/extension/.output/chrome-mv3), one demo token per role
  and the DEMO dashboard sign-ins (email and password per role).

OPTIONS are the server's (\`solidaria serve\`), for example:
  --port N              the server's port (default 3000, or $PORT)
  --host H              the address to listen on (default 127.0.0.1)
  --origin URL          a browser origin allowed to call the API (repeatable)
  --extension-id ID     another extension allowed to call the API (repeatable; the built one is allowed)
  --workers N|auto      server processes sharing the port
  -h, --help            this help; nothing is built or started

Delete data/ to start again from the demo data.`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}

// From here on Ctrl-C is ours: a build interrupted, or the demo stopped, ends quietly.
let stopping = false;
let children = [];
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

ensureDependencies();
const build = await runBinAsync("turbo", [
  "run",
  "build",
  "--filter=@solidaria/server...",
  "--filter=@solidaria/dashboard",
  "--filter=@solidaria/demo-portals",
  "--filter=@solidaria/extension",
  "--output-logs=errors-only",
]);
if (stopping) process.exit(130);
if (build !== 0) process.exit(build);

const portalsPort = process.env.PORTALS_PORT ?? "8080";
const database = join(root, "data", "solidaria.sqlite");
const extension = join(root, "apps", "extension", ".output", "chrome-mv3");
// The server allows no browser extension it was not told about: it is told the built one's id, which
// Chromium derives from the key in its manifest wherever the folder is loaded from.
const { builtExtensionId } = await import(pathToFileURL(join(root, "apps/server/dist/extension-id.js")).href);
const extensionId = existsSync(extension) ? builtExtensionId(extension) : null;
const extensionArgs = extensionId === null ? [] : ["--extension-id", extensionId];
children = [
  spawn(
    process.execPath,
    [join(root, "apps/server/dist/cli.js"), "serve", "--demo", "--db", database, ...extensionArgs, ...args],
    {
      cwd: root,
      stdio: "inherit",
    },
  ),
  spawn(process.execPath, [join(root, "apps/demo-portals/dist/main.js"), portalsPort], { cwd: root, stdio: "inherit" }),
];

if (existsSync(extension)) {
  console.log(`Extension built for Chromium: ${extension} (id ${extensionId ?? "set by the browser"})`);
  console.log("  chrome://extensions -> Developer mode -> Load unpacked -> that folder; then open the demo portals.");
  console.log(
    "  In its options, enter the coordination server address shown in this output and press Sync to see pledged resettlement places.",
  );
}

let exitCode = 0;
let running = children.length;
for (const child of children) {
  child.on("exit", (code, signal) => {
    // One of the two stopping on its own (a port in use, say) stops the other: half a demo is no demo.
    if (!stopping && (code !== 0 || signal !== null)) {
      exitCode = code ?? 1;
      stop("SIGTERM");
    }
    running -= 1;
    if (running === 0) process.exit(exitCode);
  });
}
