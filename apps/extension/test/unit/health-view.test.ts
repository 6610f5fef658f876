import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adapterFromManifest } from "@solidaria/sdk";
import { runPlugin } from "@solidaria/sdk/testing";
import { Wording } from "../../src/ui/wording.js";
import { pluginHealth } from "../../src/content/page-health.js";
import { healthDetail, healthLine, missingFieldCount } from "../../entrypoints/popup/health-view.js";

/** The SDK's saved pages of the Ecuador registry, before and after a redesign, and its adapter. */
const sdkFixture = (name: string) =>
  readFileSync(new URL(`../../../../packages/sdk/fixtures/${name}`, import.meta.url), "utf8");
const adapter = adapterFromManifest(JSON.parse(sdkFixture("ecuador-registry.adapter.json")));
const options = { url: "http://localhost/ecuador/registro", today: "2019-11-20" };
const healthOf = (page: string) =>
  pluginHealth([{ plugin: adapter.name, pages: runPlugin(adapter, sdkFixture(page), options).health }]);

describe("the popup's health line", () => {
  it("is absent while every field is found on the page", () => {
    const health = healthOf("ecuador-registry.html");
    expect(health).toEqual([]);
    expect(healthLine(new Wording("es", "2019-11-20"), health)).toBeNull();
  });

  it("counts the fields a redesign lost, in es, pt and en, with Intl's plural forms", () => {
    const health = healthOf("ecuador-registry-redesign.html");
    expect(health).toEqual([
      { plugin: "Registro de protección internacional (Ecuador)", missing: ["entry.date", "entry.place"] },
    ]);
    expect(missingFieldCount(health)).toBe(2);
    expect(healthLine(new Wording("es", "2019-11-20"), health)).toBe("2 campos no encontrados en esta página");
    expect(healthLine(new Wording("pt", "2019-11-20"), health)).toBe("2 campos não encontrados nesta página");
    expect(healthLine(new Wording("en", "2019-11-20"), health)).toBe("2 fields not found on this page");
    expect(healthDetail(health)).toEqual(["Registro de protección internacional (Ecuador): entry.date, entry.place"]);

    const one = [{ plugin: "P", missing: ["nationality"] }];
    expect(healthLine(new Wording("es", "2019-11-20"), one)).toBe("1 campo no encontrado en esta página");
    expect(healthLine(new Wording("pt", "2019-11-20"), one)).toBe("1 campo não encontrado nesta página");
    expect(healthLine(new Wording("en", "2019-11-20"), one)).toBe("1 field not found on this page");
    const many = [{ plugin: "P", missing: Array.from({ length: 1000 }, (_, index) => `f${index}`) }];
    expect(healthLine(new Wording("es", "2019-11-20"), many)).toMatch(/^1.000 campos no encontrados en esta página$/);
  });

  it("names fields only: nothing the page shows reaches the popup", () => {
    const told = JSON.stringify(healthOf("ecuador-registry-redesign.html"));
    for (const value of ["EC-2019", "Venezolana", "Colombiana", "Titular", "Pasaporte", "30/09/2019"])
      expect(told).not.toContain(value);
  });

  it("leaves out plugins that found everything, and names each lost field once per plugin", () => {
    const page = (missing: string[]) => ({ page: "p", records: 1, fields: missing, missing });
    expect(
      pluginHealth([
        { plugin: "A", pages: [page([])] },
        { plugin: "B", pages: [page(["nationality"]), page(["nationality", "claim.date"])] },
      ]),
    ).toEqual([{ plugin: "B", missing: ["nationality", "claim.date"] }]);
  });
});
