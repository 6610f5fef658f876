import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { DASHBOARD_CSP } from "../src/dashboard-files.js";
import { startTestServer, type TestServer } from "./harness.js";

/** The built dashboard served from a temporary dist folder: files, caching, the app's pages, refusals. */
const dist = mkdtempSync(join(tmpdir(), "solidaria-dist-"));
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>';
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), INDEX);
writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log('dashboard');");
writeFileSync(join(dist, "assets", "index-abc123.css"), "body{margin:0}");
writeFileSync(join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
writeFileSync(join(dirname(dist), `${basename(dist)}-secret.txt`), "outside the dist folder");

let server: TestServer;
let bare: TestServer;
beforeAll(async () => {
  server = await startTestServer({ empty: true, dashboardDir: dist });
  bare = await startTestServer({ empty: true });
});
afterAll(async () => {
  await server?.close();
  await bare?.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(dirname(dist), `${basename(dist)}-secret.txt`), { force: true });
});

const html = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

/** A GET with the path sent exactly as written (fetch would normalise "../"). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the built dashboard", () => {
  it("serves hashed assets cached for a year, with their content type", async () => {
    const script = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe("console.log('dashboard');");
    const style = await fetch(`${server.url}/assets/index-abc123.css`);
    expect(style.headers.get("content-type")).toBe("text/css; charset=utf-8");
    await style.text();
  });

  it("answers 404 for a missing asset, never the app's page", async () => {
    const missing = await fetch(`${server.url}/assets/index-gone.js`, { headers: html });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBeNull();
    expect(await missing.text()).not.toContain("<!doctype html>");
  });

  it("answers every page address of the app with index.html, not cached, under the CSP", async () => {
    for (const path of ["/", "/pledges", "/invitation", "/reset-password", "/appeals/demo-rmrp-2019"]) {
      const page = await fetch(`${server.url}${path}`, { headers: html });
      expect(page.status, path).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(page.headers.get("cache-control")).toBe("no-cache");
      expect(page.headers.get("content-security-policy")).toBe(DASHBOARD_CSP);
      expect(page.headers.get("referrer-policy")).toBe("no-referrer");
      expect(await page.text()).toBe(INDEX);
    }
    expect(DASHBOARD_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    const head = await fetch(`${server.url}/pledges`, { method: "HEAD", headers: html });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(INDEX)));
  });

  it("serves the other files of the folder; a request that is not for HTML still gets the JSON 404", async () => {
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    await icon.text();
    const api = await fetch(`${server.url}/nothing-here`, { headers: { accept: "application/json" } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect((await fetch(`${server.url}/health`)).headers.get("content-type")).toContain("application/json");
  });

  it("refuses paths that leave the folder", async () => {
    const name = `${basename(dist)}-secret.txt`;
    for (const path of [
      `/../${name}`,
      `/%2e%2e/${name}`,
      `/assets/..%2f..%2f${name}`,
      "/assets/%2e%2e%5cindex.html",
      "/.env",
    ]) {
      const answer = await rawGet(server.url, path);
      expect(answer.status, path).not.toBe(200);
      expect(answer.body, path).not.toContain("outside the dist folder");
    }
  });

  it("without a build, / says how to build it", async () => {
    const page = await fetch(`${bare.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("pnpm --filter @solidaria/dashboard build");
    expect((await fetch(`${bare.url}/assets/index.js`)).status).toBe(404);
  });
});
