// ESLint over the TypeScript (src, tests, scripts, bench) and the pages' JavaScript cells. Run it with `npm run lint`,
// which loads this file through tsx: the page processor is TypeScript (scripts/lint/pageCells.ts).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import {pageCells, templateTexts} from "./scripts/lint/pageCells.ts";

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
  "dark",
  "observable"
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
  "navigator",
  "ResizeObserver"
];

const pages = {
  meta: {name: "high-fences-pages"},
  processors: {
    // A page's cells and inline expressions as one module, at their own lines and columns (no position mapping); a
    // template's also with the expressions of the prose it inlines from its text module (after its last line).
    cells: {
      preprocess: (text, filename) => [{text: pageCells(text, templateTexts(filename)), filename: "cells.js"}],
      // The no-undef directive before a template's prose expressions (pageCells) is unused whenever they read no name.
      postprocess: (messages) =>
        messages
          .flat()
          .filter((m) => !(m.ruleId === null && /Unused eslint-disable directive.*'no-undef'/.test(m.message))),
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
  {files: ["src/*.md", "src/templates/*.md.tpl"], plugins: {pages}, processor: "pages/cells"},
  {
    files: ["src/*.md/*.js", "src/templates/*.md.tpl/*.js", "**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: Object.fromEntries([...FRAMEWORK_GLOBALS, ...BROWSER_GLOBALS].map((name) => [name, "readonly"]))
    },
    rules: {"no-unused-vars": unusedVars}
  }
);
