// npm run screenshots [-- --url http://127.0.0.1:PORT]
// Saves the README's pictures in docs/screenshots/: the positions view, a speaker page, a statement page
// and a statement's share card. Without --url it starts the app itself (npm start path, seed articles).
// A page this build does not have (404) is skipped with a message.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { env } from "../src/env";
import { resolveChromium } from "../tests/e2e/setup/browser";
import { appForScript, sampleTargets } from "./lib/app-for-script";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "docs/screenshots");
const args = parseArgs({ options: { url: { type: "string" } } }).values;
const say = (line: string) => console.log(`[screenshots] ${line}`);

async function shoot(page: Page, base: string, route: string, file: string): Promise<boolean> {
  const response = await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
  if (response?.status() !== 200) {
    say(`${route}: ${response?.status() ?? "no answer"}, skipped (this build does not have the page)`);
    return false;
  }
  await page.screenshot({ path: path.join(OUT, file) });
  say(`${route} -> docs/screenshots/${file}`);
  return true;
}

const app = await appForScript(args.url, say);
let failed = false;
try {
  await fs.mkdir(OUT, { recursive: true });
  const { statement, speaker } = await sampleTargets(app.base);
  const choice = await resolveChromium(env.CHROMIUM_PATH);
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    await shoot(page, app.base, "/positions?topic=troops", "positions.png");
    await shoot(page, app.base, `/speakers/${speaker ?? "mark-rutte"}`, "speaker.png");
    if (await shoot(page, app.base, statement, "statement.png")) {
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      if (image) {
        const url = new URL(image);
        const png = await fetch(`${app.base}${url.pathname}${url.search}`);
        await fs.writeFile(path.join(OUT, "share-card.png"), Buffer.from(await png.arrayBuffer()));
        say(`share card -> docs/screenshots/share-card.png`);
      }
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await app.stop();
}
process.exit(failed ? 1 : 0);
