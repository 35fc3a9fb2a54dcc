import {existsSync} from "node:fs";

/** The site's pages in navigation order (a page joins the navigation once its Markdown file exists). */
export const PAGES = [
  {name: "Overview", path: "/index"},
  {name: "Tariffs", path: "/tariffs"},
  {name: "Export controls and chips", path: "/controls"},
  {name: "Trade", path: "/trade"},
  {name: "The commentary, claim by claim", path: "/commentary"},
  {name: "What happened next", path: "/next"},
  {name: "Data and methods", path: "/methods"}
].filter((p) => existsSync(new URL(`./src${p.path}.md`, import.meta.url)));

// Observable Framework configuration. Everything here must work offline: no Google Fonts (globalStylesheets: []),
// and a fixed footer instead of the default build-date stamp so two builds of the same inputs are identical.
export default {
  title: "High Fences",
  root: "src",
  output: process.env.HIGH_FENCES_OUT ?? "dist",
  // Served from a sub-path (e.g. GitHub Pages /high-fences/) when HIGH_FENCES_BASE is set at build time.
  base: process.env.HIGH_FENCES_BASE ?? "/",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  search: true,
  pager: false,
  toc: false,
  preserveExtension: true,
  header: "",
  // An inline icon, so browsers do not ask the host root for /favicon.ico (a 404 on a sub-path site).
  head: '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 viewBox=%270 0 16 16%27%3E%3Crect x=%271%27 y=%273%27 width=%272%27 height=%2712%27 fill=%27%233b6fd4%27/%3E%3Crect x=%276%27 y=%273%27 width=%272%27 height=%2712%27 fill=%27%233b6fd4%27/%3E%3Crect x=%2711%27 y=%273%27 width=%272%27 height=%2712%27 fill=%27%23d9482b%27/%3E%3Crect x=%270%27 y=%276%27 width=%2716%27 height=%272%27 fill=%27%237f8c8d%27/%3E%3C/svg%3E">',
  footer:
    'High Fences: US–China trade measures since 2018, every figure linked to its source. Data and code under the repository\'s licence; see <a href="./methods.html">Data and methods</a>.',
  pages: PAGES.map((p) => (p.path === "/index" ? {...p, path: "/"} : p))
};
