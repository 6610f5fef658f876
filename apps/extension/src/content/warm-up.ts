import { assessCase, CaseFacts, todayLocal } from "@solidaria/domain";
import type { Wording } from "../ui/wording.js";

/**
 * Runs the engine once on a minimal case of its own, and builds the formatters the badges use, while
 * the portal's page is still loading: the first evaluation of real rows then does not pay for compiling
 * the rules, the schemas and the formatters inside the frames that first show the rows. Nothing of it
 * is kept or shown.
 */
export function warmUp(view: Window, words: Wording): void {
  const run = () => {
    const today = todayLocal();
    const facts = CaseFacts.parse({
      jurisdiction: "PE",
      nationality: "VE",
      people: [{ relationship: "principal", age: 30 }],
      claim: { stage: "registered", date: today },
    });
    assessCase(facts, { today });
    words.due(today, 0);
    words.count({ one: "countWarningOne", other: "countWarningOther" }, 2);
    words.list(["a", "b"]);
  };
  if (typeof view.requestIdleCallback === "function") view.requestIdleCallback(run, { timeout: 1_000 });
  else view.setTimeout(run, 0);
}
