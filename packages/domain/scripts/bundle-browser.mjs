// Bundles the package for browsers (minified ESM) into dist/browser and reports its size:
// the extension ships this code to every portal page, so its size is watched (target <= 150 KB).
import { build } from "esbuild";
import { mkdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

export const BUNDLE_PATH = "dist/browser/solidaria-domain.min.js";

export async function bundleForBrowsers({ log = true } = {}) {
  mkdirSync("dist/browser", { recursive: true });
  await build({
    entryPoints: ["src/index.ts"],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: ["chrome120", "firefox120"],
    conditions: ["@solidaria/source"],
    outfile: BUNDLE_PATH,
    legalComments: "none",
    logLevel: "warning",
  });
  const bytes = statSync(BUNDLE_PATH).size;
  const gzipBytes = gzipSync(readFileSync(BUNDLE_PATH)).length;
  if (log)
    console.log(
      `browser bundle: ${BUNDLE_PATH} ${(bytes / 1024).toFixed(1)} KB minified, ${(gzipBytes / 1024).toFixed(1)} KB gzip`,
    );
  return { bytes, gzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleForBrowsers();
