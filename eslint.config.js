// One lint configuration for the whole workspace.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/.output/**", "**/.wxt/**", "**/node_modules/**", "**/*.data.ts"] },
  { ignores: ["**/.wxt/**", "**/screenshots/**"] },
  js.configs.recommended,
  { files: ["**/*.mjs", "**/*.js"], languageOptions: { globals: { ...globals.node } } },
  { files: ["apps/demo-portals/public/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
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
