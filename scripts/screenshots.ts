// npm run screenshots -- [--dir dist] [--out docs/screenshots] [--page NAME]: serves a built site on 127.0.0.1 and saves
// a PNG of every page, English and German (de/, saved as de-NAME-…), in the light and dark themes at desktop and phone
// widths, for the README and for looking at what readers see. --page takes a page's path without .html (de/tariffs).
import {mkdirSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {launchChromium} from "../tests/support/chromium.js";
import {serveSite} from "../tests/support/server.js";
import {argValue} from "../src/node/args.js";

const dir = resolve(argValue("--dir") ?? "dist");
const out = resolve(argValue("--out") ?? "docs/screenshots");
const only = argValue("--page");
mkdirSync(out, {recursive: true});
const site = await serveSite(dir, "/");
const browser = await launchChromium();
const pages = ["", "de/"]
  .flatMap((folder) => readdirSync(join(dir, folder)).map((f) => folder + f))
  .filter((f) => f.endsWith(".html") && !f.endsWith("404.html") && (!only || f === `${only}.html`));
for (const file of pages) {
  for (const [label, width] of [
    ["wide", 1280],
    ["phone", 375]
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme});
      page.on("response", (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
      page.on("pageerror", (e) => console.error(`${file}: ${e.message}`));
      await page.goto(site.url + file, {waitUntil: "networkidle"});
      await page.waitForTimeout(400);
      const path = join(out, `${file.replace(".html", "").replace("/", "-")}-${label}-${scheme}.png`);
      await page.screenshot({path, fullPage: true});
      console.log(path);
      await page.close();
    }
  }
}
await browser.close();
await site.close();
