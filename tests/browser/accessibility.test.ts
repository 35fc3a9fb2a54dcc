import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {sharedPage, useSite} from "../support/browserSite.js";
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
  // One load per page for both tests: axe runs in the light theme, then in the dark one (the page re-themes by media
  // query); the keyboard walk then runs in the light theme again.
  const opened = sharedPage(open, `${name}.html`, {colorScheme: "light"});

  it("has no serious or critical axe violation in the light theme, nor in the dark theme", async () => {
    const {page, settled} = await opened();
    await page.addScriptTag({path: AXE});
    const serious: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({colorScheme});
      await settled();
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
  });

  it("lets the keyboard reach every control and download link, with a visible focus ring", async () => {
    const {page, settled} = await opened();
    await page.emulateMedia({colorScheme: "light"});
    await settled();
    const CONTROLS = "#observablehq-main select, #observablehq-main input, #observablehq-main a.hf-download";
    const controls = await page.locator(CONTROLS).count();
    // Each element the Tab key focuses is noted as it gets the focus (its ring is computed then), so that the keys
    // can be pressed in runs of 20 with one look at the notes after each run (pressed and read one at a time, the walk
    // took up to 9 s on the Tariffs page).
    await page.evaluate((selector) => {
      const w = window as unknown as {__hfFocused: {id: string | null; ring: boolean}[]};
      w.__hfFocused = [];
      document.addEventListener("focusin", () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest("#observablehq-main")) return;
        const style = getComputedStyle(el);
        const control = el.matches("select, input, a.hf-download");
        const id = control ? `${el.tagName}:${[...document.querySelectorAll(selector)].indexOf(el)}` : null;
        w.__hfFocused.push({id, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0});
      });
    }, CONTROLS);
    const reached = new Set<string>();
    let ringless = 0;
    for (let pressed = 0; pressed < 400 && reached.size < controls; pressed += 20) {
      // Sent together, the presses still arrive one after the other: the same focus order as pressing them one by one.
      await Promise.all(Array.from({length: 20}, () => page.keyboard.press("Tab")));
      const focused = await page.evaluate(() => {
        const w = window as unknown as {__hfFocused: {id: string | null; ring: boolean}[]};
        return w.__hfFocused.splice(0);
      });
      for (const info of focused) {
        if (!info.id) continue;
        reached.add(info.id);
        if (!info.ring) ringless++;
      }
    }
    expect(reached.size).toBe(controls);
    expect(ringless).toBe(0);
  });
});
