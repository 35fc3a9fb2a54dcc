import {describe, expect, it} from "vitest";
import {useSite} from "../support/browserSite.js";
import {ALL_PAGES} from "../../observablehq.config.js";

const {open} = useSite();

// Pages load only the sources their own tables cite (lib/outputs PAGE_TABLES, PAGE_LINKS); a source id missing from a
// page's index would be written as plain text instead of a link (components/sourceLinks.ts).
// Both languages: a German page loads the German page data, whose sources index must serve it the same way.
const PAGES = ALL_PAGES.map((p) => p.path.slice(1));

describe.each(PAGES)("page %s.html", (name) => {
  it("finds every source it cites in the sources it loads: each source id becomes a link", async () => {
    const {page} = await open(`${name}.html`);
    const unresolved = await page.evaluate(() =>
      [...document.querySelectorAll(".hf-sources")].flatMap((s) =>
        [...s.childNodes]
          .filter((n) => n.nodeType === 3 && n.textContent!.replace(/[;\s]/g, "") !== "")
          .map((n) => n.textContent)
      )
    );
    expect(unresolved).toEqual([]);
    await page.close();
  });
});
