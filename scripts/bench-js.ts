// npm run bench:js [-- --url http://127.0.0.1:PORT] [--budget-kb 100]
// How much JavaScript each page makes the browser load: every page is opened in the real Chromium
// and the script responses it receives (external files) and the inline <script> elements are each
// gzipped (level 9, as a server would send them) and summed. Prints one row per route and exits 1
// when any page is over the budget (100 kB = 100,000 bytes gzipped). Without --url it starts the app
// itself (npm start path, building first when the build is stale).
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { resolveChromium } from "../tests/e2e/setup/browser";
import { env } from "../src/env";
import { appForScript, sampleTargets } from "./lib/app-for-script";

const args = parseArgs({ options: { url: { type: "string" }, "budget-kb": { type: "string", default: "100" } } }).values;
const BUDGET_BYTES = Number(args["budget-kb"]) * 1000;
const say = (line: string) => console.log(`[bench:js] ${line}`);

interface Row {
  route: string;
  status: number;
  files: number;
  externalBytes: number;
  inlineBytes: number;
}

const gzipped = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

async function routes(base: string): Promise<string[]> {
  const { statement, speaker } = await sampleTargets(base);
  const list = [
    "/",
    "/statements",
    "/statements?speaker=mark-rutte&topic=troops",
    statement,
    "/speakers",
    `/speakers/${speaker ?? "mark-rutte"}`,
    "/timeline",
    "/timeline?speaker=mark-rutte",
    "/corrections",
    "/editor",
    "/statements/nosuchid00/x",
  ];
  // Pages other branches add; measured where this build has them.
  for (const optional of ["/positions?topic=troops", "/topics/troops", "/search?q=troops"]) {
    const status = (await fetch(`${base}${optional}`, { redirect: "manual" })).status;
    if (status === 200) list.push(optional);
    else say(`${optional}: ${status}, not measured`);
  }
  return list;
}

async function measure(base: string, paths: string[]): Promise<Row[]> {
  const browserChoice = await resolveChromium(env.CHROMIUM_PATH);
  const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: browserChoice.args, headless: true });
  const rows: Row[] = [];
  try {
    for (const route of paths) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const scriptBodies: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scriptBodies.push(response.body().then(gzipped, () => 0));
      });
      const response = await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
      const inline = await page.$$eval("script:not([src])", (scripts) => scripts.map((s) => s.textContent ?? ""));
      const external = await Promise.all(scriptBodies);
      rows.push({
        route,
        status: response?.status() ?? 0,
        files: external.length,
        externalBytes: external.reduce((a, b) => a + b, 0),
        inlineBytes: inline.filter(Boolean).reduce((sum, text) => sum + gzipped(text), 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const header = ["route", "status", "files", "external kB", "inline kB", "total kB", "verdict"];
  const lines = rows.map((r) => {
    const total = r.externalBytes + r.inlineBytes;
    return [r.route, String(r.status), String(r.files), kb(r.externalBytes), kb(r.inlineBytes), kb(total), total <= BUDGET_BYTES ? "ok" : "OVER"];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

const app = await appForScript(args.url, say);
let exitCode = 0;
try {
  const rows = await measure(app.base, await routes(app.base));
  printTable(rows);
  const over = rows.filter((r) => r.externalBytes + r.inlineBytes > BUDGET_BYTES);
  const largest = Math.max(...rows.map((r) => r.externalBytes + r.inlineBytes));
  say(`largest page: ${kb(largest)} kB gzipped JavaScript; budget ${kb(BUDGET_BYTES)} kB`);
  if (over.length) {
    say(`FAIL: ${over.length} page(s) over budget: ${over.map((r) => r.route).join(", ")}`);
    exitCode = 1;
  }
} finally {
  await app.stop();
}
process.exit(exitCode);
