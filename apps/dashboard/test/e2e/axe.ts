import axe from "axe-core";
import type { Page } from "playwright-core";

/** What axe-core reports of one rule, enough to say what to fix. */
export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * axe-core's WCAG 2.2 A/AA rules and best practices on the page as it is now. The script goes in
 * through `evaluate` (the page's CSP refuses inline scripts, as it should), once per document.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
}
