#!/usr/bin/env node
// `npm start`, after the build: the coordination server on data/solidaria.sqlite with the SYNTHETIC
// demo data, and what the demo needs beside it: the replica portals the extension annotates, and the
// built extension to load into Chromium. Arguments are the server's (`npm start -- --port 4000`).
// Ctrl-C stops both processes.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const portalsPort = process.env.PORTALS_PORT ?? "8080";
const extension = join(root, "apps", "extension", ".output", "chrome-mv3");

const children = [
  spawn(
    process.execPath,
    [
      join(root, "apps/server/dist/cli.js"),
      "serve",
      "--demo",
      "--db",
      join(root, "data/solidaria.sqlite"),
      ...process.argv.slice(2),
    ],
    {
      cwd: root,
      stdio: "inherit",
    },
  ),
  spawn(process.execPath, [join(root, "apps/demo-portals/dist/main.js"), portalsPort], { cwd: root, stdio: "inherit" }),
];

if (existsSync(extension)) {
  console.log(`Extension built for Chromium: ${extension}`);
  console.log("  chrome://extensions -> Developer mode -> Load unpacked -> that folder; then open the demo portals.");
  console.log(
    "  In its options, enter the coordination server address shown in this output and press Sync to see pledged resettlement places.",
  );
}

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

let exitCode = 0;
let running = children.length;
for (const child of children) {
  child.on("exit", (code, signal) => {
    // One of the two stopping on its own (a port in use, say) stops the other: half a demo is no demo.
    if (code !== 0 && signal === null && !stopping) {
      exitCode = code ?? 1;
      stop("SIGTERM");
    }
    running -= 1;
    if (running === 0) process.exit(exitCode);
  });
}
