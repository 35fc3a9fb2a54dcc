import {existsSync} from "node:fs";
import {chromium, type Browser} from "playwright-core";

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags this machine needs: no sandbox as root, and no background calls to Google's hosts on a closed network. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Launches headless Chromium (playwright gives it a fresh temporary profile), or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`
    );
  }
  return chromium.launch({executablePath: CHROMIUM, headless: true, args: FLAGS});
}
