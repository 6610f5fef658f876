import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Runs the CLI from source in a child process, as an operator would run `solidaria`. */
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
// Absolute paths, so the CLI can be started from any folder (tsx's package root holds its ESM loader).
const TSX_LOADER = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "loader.mjs"),
).href;
const NODE_ARGS = ["--conditions=@solidaria/source", "--import", TSX_LOADER, join(PACKAGE_DIR, "src", "cli.ts")];

/**
 * Where the CLI runs: the server package by default, as `pnpm solidaria` does. The ledger the test
 * runner's own environment names ($SOLIDARIA_DB, $DATABASE_URL) is not passed on: `env` gives them.
 */
export interface CliRun {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

function withoutLedger(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SOLIDARIA_DB: _file, DATABASE_URL: _url, ...rest } = env;
  return rest;
}

export function runCli(args: string[], run: CliRun = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    cwd: run.cwd ?? PACKAGE_DIR,
    env: { ...withoutLedger(process.env), ...run.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `solidaria serve` and resolves with its URL once it listens. */
export function startServerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [...NODE_ARGS, "serve", "--port", "0", ...args], {
    cwd: PACKAGE_DIR,
    env: { ...withoutLedger(process.env), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /on (http:\/\/[^\s]+) \(tRPC/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Stops a server process with SIGTERM and waits for it to be gone: one left running would outlive
 * the test, and keep calling a database the test run has removed.
 */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}
