// ESLint over the TypeScript (src, tests, scripts, bench) and the pages' JavaScript cells. Run it with `npm run lint`,
// which loads this file through tsx: the page processor is TypeScript (scripts/lint/pageCells.ts).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import {pageCells} from "./scripts/lint/pageCells.ts";

/** The names Framework gives every page (https://observablehq.com/framework/reactivity, /javascript). */
const FRAMEWORK_GLOBALS = [
  "FileAttachment",
  "Generators",
  "Mutable",
  "display",
  "view",
  "resize",
  "width",
  "invalidation",
  "now",
  "visibility",
  "dark"
];
/** The browser names the pages use. */
const BROWSER_GLOBALS = [
  "document",
  "window",
  "location",
  "console",
  "setTimeout",
  "clearTimeout",
  "URL",
  "URLSearchParams",
  "Blob",
  "HTMLElement",
  "Event",
  "CustomEvent",
  "navigator"
];

const pages = {
  meta: {name: "high-fences-pages"},
  processors: {
    // A page's cells and inline expressions as one module, at their own lines and columns (no position mapping).
    cells: {
      preprocess: (text) => [{text: pageCells(text), filename: "cells.js"}],
      postprocess: (messages) => messages.flat(),
      supportsAutofix: false
    }
  }
};

const unusedVars = [
  "error",
  {argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true}
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist.next/",
      "src/.observablehq/",
      "src/site.js",
      "bench/results/",
      "tests/output/",
      "tests/fixtures/",
      "docs/",
      "data/"
    ]
  },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", {fixStyle: "separate-type-imports"}],
      "@typescript-eslint/no-unused-vars": unusedVars
    }
  },
  {files: ["src/*.md"], plugins: {pages}, processor: "pages/cells"},
  {
    files: ["src/*.md/*.js", "**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: Object.fromEntries([...FRAMEWORK_GLOBALS, ...BROWSER_GLOBALS].map((name) => [name, "readonly"]))
    },
    rules: {"no-unused-vars": unusedVars}
  }
);
