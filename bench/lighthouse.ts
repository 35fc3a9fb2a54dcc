// Lighthouse 12 (the last major that runs on Node 20) against one URL, mobile (its default: Moto G Power, slow 4G,
// simulated throttling) or desktop (its desktop preset), in the machine's Chromium with the flags it needs here.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import {CHROMIUM} from "../tests/support/chromium.js";

/** Lighthouse's category scores (0–100) and the audits that cost the most performance points. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Failed accessibility audits by id. */
  accessibilityFailures: string[];
}

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Runs Lighthouse once per form factor in one fresh Chromium. */
export async function lighthouseScores(url: string, formFactor: "mobile" | "desktop"): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags: FLAGS});
  try {
    const result = await lighthouse(
      url,
      {port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"]},
      formFactor === "desktop" ? desktopConfig : undefined
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {categories, audits} = result.lhr;
    const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
      accessibilityFailures: (categories.accessibility?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && audits[r.id]?.score === 0)
        .map((r) => r.id)
    };
  } finally {
    chrome.kill();
  }
}
