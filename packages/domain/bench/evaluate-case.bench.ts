/**
 * pnpm bench: rules-engine throughput over 100,000 synthetic cases on one core, beside a baseline
 * measured in the same run (validating the same facts with the schema only), plus the browser bundle size.
 * Targets: >= 100,000 cases/s; bundle <= 150 KB minified.
 */
import { performance } from "node:perf_hooks";
import { CaseFacts } from "../src/case/case-facts.js";
import { evaluateCase } from "../src/rules/evaluate.js";
import { SAMPLE_TODAY } from "../src/samples/sample-cases.js";
import { bundleForBrowsers } from "../scripts/bundle-browser.mjs";

const CASES = 100_000;
const ROUNDS = 5;
const inputs = syntheticInputs();

function syntheticInputs() {
  return import("./synthetic-cases.js").then((module) => module.syntheticCases(CASES));
}

function best(label: string, run: () => number): number {
  let fastest = Infinity;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    sink += run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  const perSecond = CASES / (fastest / 1000);
  console.log(
    `${label.padEnd(38)} ${fastest.toFixed(1).padStart(8)} ms  ${Math.round(perSecond).toLocaleString("en").padStart(11)} cases/s  (checksum ${sink})`,
  );
  return perSecond;
}

const raw = await inputs;
const parsed = raw.map((input) => CaseFacts.parse(input));

console.log(`rules engine, ${CASES.toLocaleString("en")} synthetic cases, best of ${ROUNDS} rounds, one core`);
const baseline = best("baseline: CaseFacts.parse only", () => {
  let count = 0;
  for (const input of raw) count += CaseFacts.parse(input).people?.length ?? 0;
  return count;
});
const engine = best("evaluateCase (parsed facts)", () => {
  let count = 0;
  for (const facts of parsed) count += evaluateCase(facts, { today: SAMPLE_TODAY }).length;
  return count;
});
const both = best("parse + evaluateCase", () => {
  let count = 0;
  for (const input of raw) count += evaluateCase(CaseFacts.parse(input), { today: SAMPLE_TODAY }).length;
  return count;
});
console.log(`ratio evaluateCase / schema parse throughput: ${(engine / baseline).toFixed(2)}x`);
console.log(`ratio parse+evaluate / schema parse time:      ${(baseline / both).toFixed(2)}x slower`);
console.log(
  `target >= 100,000 cases/s: ${engine >= 100_000 ? "met" : "NOT met"} (${Math.round(engine).toLocaleString("en")})`,
);

const { bytes } = await bundleForBrowsers();
console.log(`target bundle <= 150 KB: ${bytes <= 150 * 1024 ? "met" : "NOT met"} (${(bytes / 1024).toFixed(1)} KB)`);
