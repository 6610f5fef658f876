import { spawn } from "node:child_process";
import { Agent, request } from "node:http";

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

/**
 * A minimal `fetch` over node:http with keep-alive for the tRPC client:
 * the global fetch costs more CPU per call than the server does, and on a 2-core machine the load
 * generator must not be what is measured. It is still the real tRPC client and protocol.
 */
export function keepAliveFetch(connections: number): typeof fetch {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  return ((input: string | URL, init?: RequestInit) =>
    new Promise((resolve, reject) => {
      const url = new URL(String(input));
      const body = typeof init?.body === "string" ? init.body : undefined;
      const headers: Record<string, string> = { ...(init?.headers as Record<string, string> | undefined) };
      if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
      const req = request(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: init?.method ?? "GET",
          headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve({
              ok: (res.statusCode ?? 500) < 400,
              status: res.statusCode ?? 500,
              headers: new Headers(res.headers as Record<string, string>),
              // A body that is not JSON rejects, as Response.json() does.
              json: () => new Promise((resolveJson) => resolveJson(JSON.parse(text) as unknown)),
              text: () => Promise.resolve(text),
            } as Response);
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    })) as typeof fetch;
}
