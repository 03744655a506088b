// `npm run bench:positions`: loads the synthetic corpus of scripts/bench-scale.ts (10,000 statements by
// default; `--statements N` as there) into a fresh embedded database, starts the production app on it and
// prints the server render time of /positions and of speaker pages: p50/p95 over REQUESTS requests, cold
// (the data version bumped before each, so no cached read applies) and warm (cached reads). Then the
// EXPLAIN (ANALYZE, BUFFERS) of the chart's main query. Timings on a shared machine are pessimistic.
import type { ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, connectClient, exitOf, startServedApp, timeRequests } from "./bench-scale";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REQUESTS = 20;
const say = (line: string) => console.error(`[bench:positions] ${line}`);

async function main() {
  process.chdir(ROOT);
  const { startEmbeddedPostgres, ensureDatabase, getFreePort } = await import("../src/server/postgres");
  const { applyMigrations } = await import("../src/server/migrate");
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-bench-positions-"));
  await fs.chmod(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: await getFreePort(), persistent: true, log: say });
  let app: ChildProcess | undefined;
  try {
    const url = server.connectionString("nato_bench_positions");
    await ensureDatabase(url);
    await applyMigrations(url);
    say("building the synthetic corpus (scripts/bench-scale.ts)…");
    await buildCorpus(url);

    const sql = await connectClient(url);
    const one = async <T>(text: string) => (await sql.query(text)).rows[0] as T;
    const counts = await one<{ statements: number; rows: number }>(`SELECT (SELECT count(*) FROM "Statement")::int AS statements, (SELECT count(*) FROM "PositionDay")::int AS rows`);
    const top = await one<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 1`);
    const second = await one<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC OFFSET 1 LIMIT 1`);
    const mid = await one<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC OFFSET 40 LIMIT 1`);
    const latest = await one<{ year: string }>(`SELECT to_char(max(day), 'YYYY') AS year FROM "PositionDay" WHERE topic = 'troops'`);
    say(`${counts.statements.toLocaleString("en-GB")} statements in ${counts.rows.toLocaleString("en-GB")} PositionDay rows`);

    const bin = 7;
    const plan = (
      await sql.query(`EXPLAIN (ANALYZE, BUFFERS) SELECT "speakerId", stance, min(day), max(day), sum(n)::int, (array_agg("lastId" ORDER BY day DESC, "lastAt" DESC))[1]
        FROM "PositionDay" WHERE topic = 'troops' AND day >= '${latest.year}-01-01' AND day < '${Number(latest.year) + 1}-01-01'
        GROUP BY "speakerId", stance, (day - '${latest.year}-01-01'::date) / ${bin}`)
    ).rows.map((r) => r["QUERY PLAN"]).join("\n");

    const served = await startServedApp(url);
    app = served.app;
    const base = served.base;

    const bump = async () => void (await sql.query(`UPDATE "Speaker" SET name = name WHERE false`));
    const routes: [string, string][] = [
      ["positions troops (year)", "/positions?topic=troops"],
      ["positions negotiations (month)", `/positions?topic=negotiations&zoom=month&at=${latest.year}-03`],
      ["positions compare two", `/positions?topic=troops&speaker=${top.slug}&speaker=${second.slug}`],
      ["positions table", "/positions?topic=membership&view=table"],
      ["speaker page (most statements)", `/speakers/${top.slug}`],
      ["speaker page (41st)", `/speakers/${mid.slug}`],
    ];
    const results: Record<string, { status: number; kB: number; cold: { p50: number; p95: number }; warm: { p50: number; p95: number } }> = {};
    for (const [name, pathname] of routes) {
      await fetch(base + pathname).then((r) => r.arrayBuffer()); // route warm-up
      const cold = await timeRequests(base, pathname, bump, REQUESTS);
      const warm = await timeRequests(base, pathname, async () => undefined, REQUESTS);
      results[name] = { status: cold.status, kB: Math.round(cold.bytes / 1024), cold: { p50: cold.p50, p95: cold.p95 }, warm: { p50: warm.p50, p95: warm.p95 } };
      say(`  ${name.padEnd(32)} ${cold.status} cold p50 ${cold.p50} ms p95 ${cold.p95} ms · warm p50 ${warm.p50} ms p95 ${warm.p95} ms`);
    }
    await sql.end();

    const lines = [["route", "status", "HTML", "cold p50", "cold p95", "warm p50", "warm p95"]];
    for (const [name, r] of Object.entries(results)) lines.push([name, String(r.status), `${r.kB} kB`, `${r.cold.p50} ms`, `${r.cold.p95} ms`, `${r.warm.p50} ms`, `${r.warm.p95} ms`]);
    const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
    console.log(lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")).join("\n"));
    console.log(`\n${counts.statements.toLocaleString("en-GB")} statements, ${counts.rows.toLocaleString("en-GB")} PositionDay rows, ${REQUESTS} requests per figure, ${os.cpus().length} CPUs\n`);
    console.log(`EXPLAIN of the chart's marks (troops, ${latest.year}, ${bin}-day bins):\n${plan}\n`);
    console.log(JSON.stringify({ statements: counts.statements, positionDayRows: counts.rows, requests: REQUESTS, routes: results }));
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await exitOf(app);
    }
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
