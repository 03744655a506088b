// `npm run bench:export [-- --statements N] [--format csv|jsonl] [--rows statements|reports]`: builds the
// synthetic corpus of scripts/bench-scale.ts (N statements, default 1,000,000) in a fresh embedded
// PostgreSQL, then streams the whole export through the same code as GET /api/statements?format=…
// (keyset batches read only as the consumer takes them) and prints rows/s and the process's RSS, sampled
// every 100 ms: peak RSS stays flat as the rows grow. Ends with one JSON line. Runs with the react-server
// condition (package.json) because it imports the server modules the route uses.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "./bench-scale";

const say = (line: string) => console.error(`[bench:export] ${line}`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const { values: args } = parseArgs({
  options: {
    statements: { type: "string", default: "1000000" },
    format: { type: "string", default: "csv" },
    rows: { type: "string", default: "statements" },
  },
});
const N = Math.max(100, Number(args.statements));
const FORMAT = args.format === "jsonl" ? "jsonl" : "csv";
const ROWS = args.rows === "reports" ? "reports" : "statements";

/** RSS every 100 ms, and the RSS at each tenth of the rows (to show it does not grow with them). */
function sampleRss() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

async function main() {
  const { startEmbeddedPostgres, ensureDatabase, getFreePort } = await import("../src/server/postgres");
  const { applyMigrations } = await import("../src/server/migrate");
  const { createPrismaClient } = await import("../src/server/db");
  const { exportStream } = await import("../src/server/api/exportStream");

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `nato-bench-export-${N}-`));
  await fs.chmod(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: await getFreePort(), persistent: false, log: say });
  try {
    const url = server.connectionString("nato_bench_export");
    await ensureDatabase(url);
    await applyMigrations(url);
    const tBuild = Date.now();
    say(`building ${N.toLocaleString("en-GB")} statements…`);
    await buildCorpus(url, N);
    say(`corpus built in ${Math.round((Date.now() - tBuild) / 1000)} s`);

    const db = createPrismaClient(url);
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    const rss = sampleRss();
    const checkpoints: { rows: number; rssMB: number }[] = [];
    const started = Date.now();
    let bytes = 0;
    let lines = 0;
    const reader = (await exportStream({ page: 1 }, { format: FORMAT, rows: ROWS, db })).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines += 1;
      if (checkpoints.length < Math.floor((lines / N) * 10)) {
        checkpoints.push({ rows: lines, rssMB: mb(process.memoryUsage.rss()) });
        say(`${lines.toLocaleString("en-GB")} lines, RSS ${mb(process.memoryUsage.rss())} MB`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    rss.stop();
    await db.$disconnect();
    // CSV has a header line (and quoted newlines never occur in the synthetic quotes).
    const rows = FORMAT === "csv" ? lines - 1 : lines;
    const summary = {
      statements: N,
      format: FORMAT,
      rows: ROWS,
      exportedRows: rows,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(rows / seconds),
      megabytes: mb(bytes),
      rssBeforeMB: mb(rssBefore),
      peakRssMB: mb(rss.peak()),
      checkpoints,
    };
    console.log(
      `${rows.toLocaleString("en-GB")} ${ROWS === "reports" ? "report" : "statement"} rows as ${FORMAT} (${summary.megabytes} MB) in ${summary.seconds} s: ` +
        `${summary.rowsPerSecond.toLocaleString("en-GB")} rows/s; RSS ${summary.rssBeforeMB} MB before, peak ${summary.peakRssMB} MB`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
