import { spawn } from "node:child_process";

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The built server (turbo runs `build` before `bench`), in its own process(es) as in production. */
export function startServer(dbPath: string, workers: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ["dist/cli.js", "serve", "--port", "0", "--workers", String(workers), "--db", dbPath],
    // The server logs every request at info level, as in production; the bench reads past those lines.
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /on (http:\/\/\S+) \(tRPC/.exec(output)?.[1];
      if (url === undefined) return;
      child.stdout.off("data", onData);
      child.stdout.resume();
      resolve({
        url,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
      });
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}
