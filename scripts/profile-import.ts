// `npm run profile:import -- --data DIR [--articles N] [--rounds R] [--top K]`: where an import's time
// goes, on a corpus kept by `npm run bench:scale -- --data DIR` (issue #13). Starts that corpus's PostgreSQL
// with pg_stat_statements (track = all), applies this checkout's migrations, then imports R batches of N seed
// variants with the real importer (`importArticles`, as `npm run import` does) and prints, per article:
// PostgreSQL's CPU (its processes' utime + stime from /proc), the importer's CPU (extraction worker
// included), wall time and round trips (top-level statements); then the statements by total time.
// Run it on a copy of the corpus (it writes articles into it), never on a shared pristine one; the copy keeps
// pg_stat_statements preloaded afterwards (postgresql.auto.conf), which a later bench run on it would pay for.
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadSeedArticles, writeVariantFolder } from "./lib/seed-variants";

const { values: args } = parseArgs({
  options: {
    data: { type: "string" },
    articles: { type: "string", default: "40" },
    rounds: { type: "string", default: "1" },
    top: { type: "string", default: "15" },
    port: { type: "string" },
    /** Log the plans (EXPLAIN ANALYZE, BUFFERS) of statements slower than this many ms to the server's log. */
    "explain-ms": { type: "string" },
    /** Import through Prisma (as before decision 0255), not `pg`. */
    prisma: { type: "boolean", default: false },
  },
});
if (!args.data) throw new Error("--data DIR (a corpus kept by bench:scale --data) is required");
const DATA = path.resolve(args.data);
const ARTICLES = Number(args.articles);
const say = (line: string) => console.error(`[profile-import] ${line}`);

const CLOCK_TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime (ms) of the processes under `root` and the children they have already reaped. */
async function treeCpuMs(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const entry of await fs.readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    cpu.set(Number(entry), ticks);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const walk = (pid: number) => {
    total += cpu.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return total * CLOCK_TICK_MS;
}

/** utime + stime (ms) of this process's main thread: the importer without its extraction worker. */
async function mainThreadCpuMs(): Promise<number> {
  return threadCpuMs().get(process.pid) ?? 0;
}

/**
 * utime + stime (ms) of each of this process's threads, by thread id. Node names none of them: the main thread
 * is the process id; the extraction worker is the busiest of the others while it runs; the rest are V8's
 * compiler and collector helpers and libuv's pool, which count in the process's CPU too.
 */
function threadCpuMs(): Map<number, number> {
  const threads = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread has exited
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS);
  }
  return threads;
}

async function main() {
  const { startEmbeddedPostgres, ensureDatabase, getFreePort } = await import("../src/server/postgres");
  const { applyMigrations } = await import("../src/server/migrate");
  const { createPrismaClient } = await import("../src/server/db");
  const { importArticles } = await import("../src/server/ingest");

  const start = async () =>
    startEmbeddedPostgres({ dataDir: path.join(DATA, "postgres"), port: args.port ? Number(args.port) : await getFreePort(), persistent: true, log: say });
  let server = await start();
  const url = server.connectionString("nato_bench");
  await ensureDatabase(url);
  let admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const preload = (await admin.query(`SHOW shared_preload_libraries`)).rows[0].shared_preload_libraries as string;
  if (!preload.includes("pg_stat_statements")) {
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
    await admin.end();
    await server.stop();
    server = await start();
    admin = new pg.Client({ connectionString: server.connectionString("nato_bench") });
    await admin.connect();
  }
  const dbUrl = server.connectionString("nato_bench");
  await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  const explain = args["explain-ms"] !== undefined;
  for (const [name, value] of Object.entries({
    session_preload_libraries: "auto_explain",
    "auto_explain.log_min_duration": `${args["explain-ms"]}ms`,
    "auto_explain.log_analyze": "on",
    "auto_explain.log_buffers": "on",
    "auto_explain.log_nested_statements": "on",
  })) {
    await admin.query(explain ? `ALTER SYSTEM SET ${name} = '${value}'` : `ALTER SYSTEM RESET ${name}`);
  }
  await admin.query(`SELECT pg_reload_conf()`);
  if (explain) say(`plans of statements over ${args["explain-ms"]} ms go to ${path.join(server.dataDir, "postgres.log")}`);
  const tMigrate = Date.now();
  await applyMigrations(dbUrl);
  say(`migrations applied in ${Math.round((Date.now() - tMigrate) / 100) / 10} s`);
  const postmaster = Number((await fs.readFile(path.join(server.dataDir, "pgdata", "postmaster.pid"), "utf8")).split("\n")[0]);
  const seeds = await loadSeedArticles();

  try {
    for (let round = 0; round < Number(args.rounds); round++) {
      const salt = `profile-${Date.now()}-${round}`;
      const folder = path.join(DATA, `imports-${salt}`);
      await fs.mkdir(folder);
      await writeVariantFolder(folder, seeds, ARTICLES, salt);
      const db = createPrismaClient(dbUrl);
      await db.$queryRaw`SELECT 1`;
      await admin.query(`SELECT pg_stat_statements_reset()`);
      const pg0 = await treeCpuMs(postmaster);
      const main0 = await mainThreadCpuMs();
      const cpu0 = process.cpuUsage();
      const t0 = Date.now();
      const threads0 = threadCpuMs();
      // The worker's own CPU, read when the last article is written (the worker is closed right after).
      let worker = 0;
      let firstWrittenAt = 0;
      const onProgress = (_: unknown, index: number, total: number) => {
        if (index === 0) firstWrittenAt = Date.now();
        if (index !== total - 1) return;
        for (const [tid, ms] of threadCpuMs()) if (tid !== process.pid) worker = Math.max(worker, ms - (threads0.get(tid) ?? 0));
      };
      const imported = await importArticles(db, [folder], args.prisma ? { onProgress } : { connectionString: dbUrl, onProgress });
      const wall = Date.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const main = (await mainThreadCpuMs()) - main0;
      // A backend's CPU reaches the postmaster's count once it has exited and been reaped (decision 0330).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const pgCpu = (await treeCpuMs(postmaster)) - pg0;
      const load = os.loadavg()[0].toFixed(1);
      await db.$disconnect();
      await fs.rm(folder, { recursive: true, force: true });
      if (imported.added !== ARTICLES) throw new Error(`${imported.added} of ${ARTICLES} added: ${imported.results.find((r) => r.error)?.error}`);
      const calls = await admin.query(`
        SELECT sum(calls) FILTER (WHERE toplevel)::int AS top, sum(calls) FILTER (WHERE NOT toplevel)::int AS nested,
               round(sum(total_exec_time) FILTER (WHERE toplevel)::numeric, 1)::float8 AS top_ms
        FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`);
      const per = (v: number) => Math.round((v / ARTICLES) * 10) / 10;
      console.log(
        `round ${round}: ${ARTICLES} articles, wall ${per(wall)} ms/article (${per(((t0 + wall - firstWrittenAt) * ARTICLES) / (ARTICLES - 1))} after the first), ` +
          `importer CPU ${per((cpu.user + cpu.system) / 1000)} ms (main thread ${per(main)}, worker ${per(worker)}, other threads ${per((cpu.user + cpu.system) / 1000 - main - worker)}), ` +
          `PostgreSQL CPU ${per(pgCpu)} ms, statements' time ${per(calls.rows[0].top_ms)} ms, round trips ${per(calls.rows[0].top)} ` +
          `(+${per(calls.rows[0].nested)} nested), load ${load}, ${imported.reportsAdded} reports, ${imported.statementsAdded} new statements`,
      );
      const top = await admin.query(
        `SELECT toplevel, calls, round(total_exec_time::numeric, 1)::float8 AS ms, round(mean_exec_time::numeric, 2)::float8 AS mean, rows,
                shared_blks_hit + shared_blks_read AS blocks, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query
         FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT $1`,
        [Number(args.top)],
      );
      for (const row of top.rows) {
        console.log(`  ${row.toplevel ? "top " : "  in"} ${String(per(row.ms)).padStart(6)} ms/art ${String(row.calls).padStart(5)} calls ${String(row.mean).padStart(7)} ms ${String(row.blocks).padStart(8)} blk  ${row.query}`);
      }
    }
  } finally {
    await admin.end();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
