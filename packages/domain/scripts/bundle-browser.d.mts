// Types of bundle-browser.mjs, for the TypeScript that imports it (bench/evaluate-case.bench.ts).
export declare const BUNDLE_PATH: string;
export declare function bundleForBrowsers(options?: { log?: boolean }): Promise<{ bytes: number; gzipBytes: number }>;
