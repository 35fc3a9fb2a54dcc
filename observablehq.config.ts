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
  footer:
    'High Fences: US–China trade measures since 2018, every figure linked to its source. Data and code under the repository\'s licence; see <a href="./methods.html">Data and methods</a>.',
  pages: [
    {name: "Overview", path: "/"},
    {name: "Tariffs", path: "/tariffs"},
    {name: "Export controls and chips", path: "/controls"},
    {name: "Trade", path: "/trade"},
    {name: "The commentary, claim by claim", path: "/commentary"},
    {name: "What happened next", path: "/next"},
    {name: "Data and methods", path: "/methods"}
  ]
};
