// One lint configuration for the whole workspace, with type information: every package's
// `eslint .` and the root's own files (`pnpm lint:root`) read their tsconfig.json through the
// TypeScript project service.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/.output/**", "**/.wxt/**", "**/node_modules/**", "**/screenshots/**", "**/*.data.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The root's own TypeScript file belongs to no package's tsconfig.json.
        projectService: { allowDefaultProject: ["vitest.shared.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  // Plain JavaScript (build scripts, the demo portals' page scripts) is linted without types.
  { files: ["**/*.mjs", "**/*.js"], ...tseslint.configs.disableTypeChecked },
  { files: ["**/*.mjs", "**/*.js"], languageOptions: { globals: { ...globals.node } } },
  { files: ["apps/demo-portals/public/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
  // The dashboard (React): TypeScript and TSX in the browser, with React's rules of hooks.
  {
    files: ["apps/dashboard/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // A `!` hides a case the code does not handle; say what happens instead.
      "@typescript-eslint/no-non-null-assertion": "error",
      // Text from portals we do not control must never be parsed as HTML.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render portal text with textContent, never as HTML." },
        { property: "outerHTML", message: "Render portal text with textContent, never as HTML." },
        { property: "insertAdjacentHTML", message: "Render portal text with textContent, never as HTML." },
      ],
      "no-restricted-globals": ["error", { name: "eval", message: "No remote or dynamic code." }],
    },
  },
);
