import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import addonsLinter from "addons-linter";

const FIREFOX_BUILD = fileURLToPath(new URL("../../.output/firefox-mv3", import.meta.url));

interface LinterMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

// No Firefox runs here; Mozilla's own validator (what addons.mozilla.org runs on every upload) is the
// check the Firefox build gets.
it("passes Mozilla's add-on validator with no error, warning or notice", async () => {
  if (!existsSync(FIREFOX_BUILD))
    throw new Error('the Firefox build is missing: run "wxt build -b firefox --mv3" first');
  const linter = addonsLinter.createInstance({
    config: {
      _: [FIREFOX_BUILD],
      logLevel: "fatal",
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: "none",
      boring: false,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  const results = (await linter.run()) as {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  };
  const described = (messages: LinterMessage[]) =>
    messages.map((entry) => `${entry.code} ${entry.file ?? ""}: ${entry.message}`);
  expect(described(results.errors)).toEqual([]);
  expect(described(results.warnings)).toEqual([]);
  expect(described(results.notices)).toEqual([]);
});
