// Which Chromium the browser tests use, with nothing installed by hand:
//   1. CHROMIUM_PATH, if set;  2. /usr/bin/chromium, if present;
//   3. the Chromium inside @sparticuz/chromium (an npm package; unpacked to /tmp on first use).
// Playwright's own browser download is never used (it needs the internet).
import { existsSync } from "node:fs";

export interface BrowserChoice {
  executablePath: string;
  args: string[];
  source: string;
}

/** @sparticuz/chromium's flags that fight Playwright or weaken what the tests check. */
const DROPPED_SPARTICUZ_ARGS = [
  /^--headless/, // Playwright sets headless mode itself
  /^--single-process$/, // one renderer for every page: flaky with several pages/contexts
  /^--disable-web-security$/, // tests must see the same-origin rules users get
  /^--allow-running-insecure-content$/,
];

export async function resolveChromium(chromiumPath: string | undefined): Promise<BrowserChoice> {
  if (chromiumPath) {
    if (!existsSync(chromiumPath)) throw new Error(`CHROMIUM_PATH=${chromiumPath} does not exist.`);
    return { executablePath: chromiumPath, args: [], source: "CHROMIUM_PATH" };
  }
  if (existsSync("/usr/bin/chromium")) return { executablePath: "/usr/bin/chromium", args: [], source: "/usr/bin/chromium" };
  const chromium = (await import("@sparticuz/chromium")).default;
  const executablePath = await chromium.executablePath();
  const args = chromium.args.filter((arg) => !DROPPED_SPARTICUZ_ARGS.some((pattern) => pattern.test(arg)));
  return { executablePath, args, source: "@sparticuz/chromium" };
}
