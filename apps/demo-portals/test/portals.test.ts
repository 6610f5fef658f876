import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { createPortalServer, listenPortals } from "../src/server.js";
import { syntheticCase } from "../src/synthetic-cases.js";

let server: Server;
let url: string;
beforeAll(async () => {
  server = createPortalServer();
  url = await listenPortals(server, 0);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
  const response = await fetch(`${url}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};

describe("demo portals", () => {
  it("serve the CEPR list in Spanish, labelled synthetic, sized by ?n and ?size", async () => {
    const page = await get("/cepr/casos?n=1000&size=1000");
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="es"');
    expect(page.text).toContain("datos SINTÉTICOS");
    expect(page.text.match(/<tr class="fila/g)).toHaveLength(1000);
    expect((await get("/cepr/casos?page=2&size=20&n=60")).text).toContain("CEPR-2019-000021");
  });

  it("escape portal values: markup in a field is text", async () => {
    const page = await get("/cepr/casos?n=5&size=5");
    expect(page.text).toContain("&lt;img src=x onerror=&quot;window.__solidariaXss=1&quot;&gt;");
    expect(page.text).not.toContain("<img src=x");
  });

  it("serve case files, traveller records and the single-page app's data", async () => {
    expect((await get("/cepr/expediente?id=2")).text).toContain("No acredita temor fundado de persecución");
    expect((await get("/migraciones/control?id=0")).text).toContain("Sin sellos migratorios de Ecuador");
    const data = JSON.parse((await get("/spa/api/cases?page=1&size=10&n=10000&status=Denegado")).text) as {
      total: number;
      items: { decision: string }[];
    };
    expect(data.items).toHaveLength(10);
    expect(data.items.every((item) => item.decision.startsWith("Denegado"))).toBe(true);
    expect((await get("/spa/app.js")).type).toMatch(/javascript/);
    expect((await get("/nope")).status).toBe(404);
  });

  it("generate the same case every time", () => {
    expect(syntheticCase(42)).toEqual(syntheticCase(42));
    expect(syntheticCase(2).outcome).toBe("DENEGADO");
  });
});
