import { readFileSync } from "node:fs";
import { runPlugin } from "@solidaria/sdk/testing";
const [pluginPath, exportName, fixture, url] = process.argv.slice(2);
const mod = await import(pluginPath!);
const run = runPlugin(mod[exportName!], readFileSync(fixture!, "utf8"), { url: url!, today: "2019-11-20" });
console.log("pages", run.pages);
for (const r of run.records)
  console.log(JSON.stringify({ ref: r.reference, codes: r.codes, errors: r.errors, facts: r.facts }));
