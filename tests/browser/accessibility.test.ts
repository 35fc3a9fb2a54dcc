import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {useSite} from "../support/browserSite.js";
import {GERMAN_PAGES, PAGES} from "../support/site.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const {open} = useSite();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

describe.each([...PAGES, ...GERMAN_PAGES])("accessibility of %s.html", (name) => {
  // One load per page: axe runs in the light theme, then in the dark one (the page re-themes by media query).
  it("has no serious or critical axe violation in the light theme, nor in the dark theme", async () => {
    const {page} = await open(`${name}.html`, {colorScheme: "light"});
    await page.addScriptTag({path: AXE});
    const serious: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({colorScheme});
      await page.waitForTimeout(150);
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {axe: {run: (c: Document, o: object) => Promise<{violations: AxeViolation[]}>}}
        ).axe;
        return (await axe.run(document, {resultTypes: ["violations"]})).violations;
      })) as AxeViolation[];
      const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
      if (minor.length)
        console.log(
          `${name} (${colorScheme}): minor axe findings: ${minor.map((v) => `${v.id} (${v.nodes.length})`).join(", ")}`
        );
      for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
        serious.push(
          `${colorScheme}: ${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join("; ")}`
        );
    }
    expect(serious).toEqual([]);
    await page.close();
  });

  it("lets the keyboard reach every control and download link, with a visible focus ring", async () => {
    const {page} = await open(`${name}.html`);
    const controls = await page
      .locator("#observablehq-main select, #observablehq-main input, #observablehq-main a.hf-download")
      .count();
    const reached = new Set<string>();
    let ringless = 0;
    for (let i = 0; i < 400 && reached.size < controls; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest("#observablehq-main")) return null;
        const style = getComputedStyle(el);
        const control = el.matches("select, input, a.hf-download");
        const id = control
          ? `${el.tagName}:${[...document.querySelectorAll("#observablehq-main select, #observablehq-main input, #observablehq-main a.hf-download")].indexOf(el)}`
          : null;
        return {id, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0};
      });
      if (info?.id) {
        reached.add(info.id);
        if (!info.ring) ringless++;
      }
    }
    expect(reached.size).toBe(controls);
    expect(ringless).toBe(0);
    await page.close();
  });
});
