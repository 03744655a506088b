// `npm run bench:scale -- --statements N`: builds a deterministic synthetic corpus of N statements in a
// fresh database on a new embedded PostgreSQL (same migrations, constraints and triggers as the app),
// starts the production app against it, and measures over HTTP: every list filter, search, deep pages
// by cursor, timeline, speaker, statement and home pages and the JSON API (cold = first request after a
// data-version bump, after three cold rounds over the routes to warm the new server up; warm = autocannon
// at a fixed concurrency), then an open-loop 200 requests/s mix
// for 60 s, server RSS, database size, and the import rate of real-style articles (the seeds, each
// made unique: the headline counts every article and the worker's start; beside it, the rate after the first
// article written). Prints one table and, last, one JSON line. Options: --statements N (10000),
// --warm-seconds S (5), --cold-samples K (40), --load-seconds S (60), --rate R (200), --imports K (100), --keep (keep the data),
// --explain FILE (write EXPLAIN (ANALYZE, BUFFERS) of the app's main queries to FILE, as Markdown),
// --data DIR (keep the corpus in DIR; a later run with the same DIR and N measures it without rebuilding),
// --import-only (measure only the import: no app, no routes, no open loop),
// --routes a,b (measure only the routes whose names contain a or b; the open loop and import still run).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { buildNeeded } from "./lib/build-state";
import { SERVER_NODE_FLAGS } from "./lib/server-flags";
import { loadSeedArticles, writeVariantFolder } from "./lib/seed-variants";
import { mulberry32 } from "../src/domain/random";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireFromHere = createRequire(import.meta.url);
const say = (line: string) => console.error(`[bench:scale] ${line}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Run as `npm run bench:scale`, not imported for its corpus builder (scripts/bench-export.ts). */
const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

const { values: args } = parseArgs({
  args: isMain ? process.argv.slice(2) : [],
  options: {
    statements: { type: "string", default: "10000" },
    "warm-seconds": { type: "string", default: "5" },
    "cold-samples": { type: "string", default: "40" },
    "load-seconds": { type: "string", default: "60" },
    rate: { type: "string", default: "200" },
    imports: { type: "string", default: "100" },
    keep: { type: "boolean", default: false },
    explain: { type: "string" },
    data: { type: "string" },
    "import-only": { type: "boolean", default: false },
    /** Only the routes whose names contain one of these (comma-separated), e.g. "positions,speaker". */
    routes: { type: "string" },
  },
});
const N = Math.max(100, Number(args.statements));
const WARM_SECONDS = Number(args["warm-seconds"]);
/** 40, not 15: of 15 samples the p95 index is the slowest one, so one hiccup was the route's p95 (decision 0280). */
const COLD_SAMPLES = Math.max(20, Number(args["cold-samples"]));
const LOAD_SECONDS = Number(args["load-seconds"]);
const RATE = Number(args.rate);
const IMPORTS = Number(args.imports);

// ── Deterministic randomness ───────────────────────────────────────────────────────────────────────
const seedOf = (kind: string, i: number) => createHash("md5").update(`${kind}:${i}`).digest().readUInt32LE(0);
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** Zipf-like weights: a few very prolific items and a long tail. */
function zipfSampler(count: number, exponent: number): (r: () => number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 1; i <= count; i++) cumulative.push((sum += 1 / i ** exponent));
  return (r) => {
    const x = r() * sum;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// ── Vocabulary: real words, so that search is meaningful ───────────────────────────────────────────
const LEADERS = ["Mark Rutte", "Jens Stoltenberg", "Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Donald Tusk", "Giorgia Meloni", "Pedro Sanchez"];
const FIRST = ["Anna", "Lars", "Marta", "Tomas", "Ingrid", "Pieter", "Elena", "Jonas", "Sofia", "Karel", "Maria", "Andrzej", "Helena", "Viktor", "Lucia", "Erik", "Ana", "Matteo", "Katrin", "Nikos"];
const LAST = ["Novak", "Jensen", "Kowalski", "Berg", "Rossi", "Dubois", "Horvat", "Lindqvist", "Papadopoulos", "Silva", "Kask", "Ozols", "Petrov", "Meyer", "Costa", "Varga", "Nielsen", "Popescu", "Janssen", "Moreau"];
const ROLES = ["Prime Minister", "Foreign Minister", "Defence Minister", "President", "NATO Secretary General", "Chancellor"];
const OUTLET_WORDS = ["Times", "Herald", "Post", "Tribune", "Courier", "Gazette", "Observer", "Journal", "Radio", "News", "Daily", "Standard"];
const PLACES = ["Baltic", "Atlantic", "Nordic", "Central", "Danube", "Alpine", "Adriatic", "Iberian", "Carpathian", "Northern"];
const KINDS = ["wire", "newspaper", "broadcaster", "online", "platform"] as const;

type Topic = "troops" | "negotiations" | "membership" | "other";
type Stance = "opposes" | "conditional" | "supports";
const PHRASES: Record<Topic, Record<Stance | "none", string[]>> = {
  troops: {
    opposes: ["we will not send troops to Ukraine", "there will be no NATO soldiers on Ukrainian soil", "deploying ground forces is out of the question"],
    conditional: ["a reassurance force could deploy only after a ceasefire", "peacekeepers may be sent once the fighting stops", "troops would follow a durable peace agreement"],
    supports: ["we are ready to send troops to support Ukraine", "European soldiers should help secure Ukraine", "a multinational force must be deployed to Ukraine"],
    none: ["the question of troops was discussed with our allies", "ministers talked about the deployment of forces"],
  },
  negotiations: {
    opposes: ["there can be no talks while the attacks continue", "negotiations with Moscow are premature", "a ceasefire on these terms would reward aggression"],
    conditional: ["Ukraine must negotiate from a position of strength", "talks can begin once security guarantees are in place", "a ceasefire is possible if Russia withdraws"],
    supports: ["peace negotiations should start without delay", "we support talks toward a just and lasting peace", "a ceasefire now would save lives"],
    none: ["the leaders discussed the state of the peace talks", "diplomats met to prepare the negotiations"],
  },
  membership: {
    opposes: ["Ukraine cannot join NATO during the war", "membership is not on the table at this summit", "an invitation to join the alliance is premature"],
    conditional: ["Ukraine's path to membership is irreversible", "membership will come when allies agree and conditions are met", "security guarantees are a bridge to membership"],
    supports: ["Ukraine belongs in NATO", "we should invite Ukraine to join the alliance now", "membership is the best security guarantee"],
    none: ["the summit debated Ukraine's future in the alliance", "allies discussed the membership question"],
  },
  other: {
    opposes: [], conditional: [], supports: [],
    none: ["defence spending must rise across the alliance", "air defence remains our first priority this winter", "the alliance will strengthen its eastern flank", "sanctions on energy exports will be tightened", "ammunition production has doubled this year"],
  },
};
const CONNECTORS = ["and", "because", "while", "as", "so"];
const TAILS = ["said at the press conference", "told reporters", "in an interview", "after meeting allies", "at the summit in Brussels", "speaking in Kyiv", "on Monday", "during the visit"];
/** Rare words for the search benchmark: about one statement in 20,000 carries one. */
const RARE = ["Zaporizhzhia", "Transnistria", "Suwalki", "Kaliningrad"];

const SPEAKERS = 400;
const OUTLETS = 300;
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const SPAN_DAYS = Math.floor((Date.now() - START) / DAY);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function speakerName(i: number): string {
  return i < LEADERS.length ? LEADERS[i] : `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
}
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
function outletName(i: number): string {
  return `${PLACES[i % PLACES.length]} ${OUTLET_WORDS[Math.floor(i / PLACES.length) % OUTLET_WORDS.length]} ${i}`;
}

const speakerOf = zipfSampler(SPEAKERS, 1.1);
const outletOf = zipfSampler(OUTLETS, 1.0);
const articlesFor = (statements: number) => Math.ceil(statements * 0.3);
const ARTICLES = articlesFor(N);

interface Synthetic {
  id: string;
  speaker: number;
  date: string | null;
  precision: "day" | "month" | "year" | null;
  topics: Topic[];
  stances: { topic: Topic; value: Stance; evidence: string }[];
  quote: string;
  reports: { article: number; quote: string; cites: number | null }[];
}

/** Statement i, the same on every pass. */
function statementAt(i: number, articles = ARTICLES): Synthetic {
  const r = mulberry32(seedOf("statement", i));
  const speaker = speakerOf(r);
  const dayIndex = Math.floor(SPAN_DAYS * Math.sqrt(r())); // more reporting recently
  const p = r();
  const precision = p < 0.03 ? null : p < 0.05 ? "year" : p < 0.15 ? "month" : "day";
  const date = precision === null ? null : iso(START + dayIndex * DAY);
  const t = r();
  const topics: Topic[] = t < 0.3 ? ["troops"] : t < 0.6 ? ["negotiations"] : t < 0.75 ? ["membership"] : t < 0.85 ? ["troops", "negotiations"] : ["other"];
  const stances: Synthetic["stances"] = [];
  const parts: string[] = [];
  for (const topic of topics) {
    const s = r();
    const value: Stance | "none" = topic === "other" || s < 0.35 ? "none" : s < 0.6 ? "opposes" : s < 0.82 ? "conditional" : "supports";
    const phrase = pick(r, PHRASES[topic][value]);
    parts.push(phrase);
    if (value !== "none") stances.push({ topic, value, evidence: phrase.split(" ").slice(0, 5).join(" ") });
  }
  if (r() < 0.5) parts.push(pick(r, PHRASES.other.none));
  let quote = parts.join(` ${pick(r, CONNECTORS)} `);
  if (r() < 0.00005 * RARE.length) quote += ` near ${pick(r, RARE)}`;
  quote = `${quote[0].toUpperCase()}${quote.slice(1)}, ${pick(r, TAILS)}`;
  const base = Math.min(articles - 1, Math.floor((dayIndex / SPAN_DAYS) * articles));
  const reportCount = 1 + Math.floor(-Math.log(1 - r() * 0.999) * 1.4); // mean about 2.4
  const reports: Synthetic["reports"] = [];
  const used = new Set<number>();
  for (let k = 0; k < reportCount; k++) {
    const article = Math.min(articles - 1, base + Math.floor(r() * 30));
    if (used.has(article)) continue;
    used.add(article);
    const words = quote.split(" ");
    const variant = k === 0 || words.length < 8 ? quote : words.filter((_, w) => w !== 2 + (k % 3)).join(" ");
    reports.push({ article, quote: variant, cites: r() < 0.15 ? outletOf(r) : null });
  }
  return { id: `syn${i.toString(36).padStart(6, "0")}`, speaker, date, precision, topics, stances, quote, reports };
}

// ── Bulk load through COPY ─────────────────────────────────────────────────────────────────────────
const esc = (v: string | number | boolean | null) =>
  v === null ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const line = (values: (string | number | boolean | null)[]) => `${values.map(esc).join("\t")}\n`;

/** Rows are produced by a synchronous generator; flushing is awaited between batches. */
async function copyRows(client: pg.Client, table: string, columns: string[], count: number, rowsOf: (i: number) => string) {
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let buffer = "";
  for (let i = 0; i < count; i++) {
    buffer += rowsOf(i);
    if (buffer.length > 256_000) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  if (buffer) stream.write(buffer);
  stream.end();
  await done;
}

const FILLER =
  "Allies met in Brussels to discuss support for Ukraine, air defence, ammunition and the long-term security of Europe. " +
  "Officials said further meetings would follow before the summit, and ministers reviewed the progress of earlier commitments.";

/** Loads `statements` synthetic statements (and 0.3 articles each) into the migrated database at `url`. */
export async function buildCorpus(url: string, statements = N): Promise<Record<string, number>> {
  const articles = articlesFor(statements);
  const client = await connectClient(url);
  const phase: Record<string, number> = {};
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const t = Date.now();
    await work();
    phase[name] = seconds(Date.now() - t);
    say(`  ${name}: ${phase[name]} s`);
  };
  try {
    // Secondary indexes are built once after the load (far faster than maintaining them row by row);
    // primary keys, unique keys and foreign keys stay and are checked for every row.
    const { rows: indexes } = await client.query<{ name: string; def: string }>(`
      SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN ('Statement', 'Report', 'StatementOutlet', 'StatementStance', 'ReportCitation', 'Article')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // Aggregates are rebuilt in one pass at the end (rebuild_aggregates) instead of row by row.
    for (const table of ["Statement", "StatementStance", "Report", "ReportCitation", "Article", "Speaker", "Outlet", "StatementOutlet"]) {
      await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    }

    await timed("speakers, outlets", async () => {
      await copyRows(client, "Speaker", ["id", "slug", "name"], SPEAKERS, (i) => line([`sp${i}`, slugify(speakerName(i)), speakerName(i)]));
      await copyRows(client, "SpeakerRole", ["id", "speakerId", "title", "startDate"], SPEAKERS, (i) => line([`role${i}`, `sp${i}`, ROLES[i % ROLES.length], "2020-01-01"]));
      await copyRows(client, "Outlet", ["id", "slug", "name", "kind"], OUTLETS, (i) => line([`o${i}`, slugify(outletName(i)), outletName(i), KINDS[i % KINDS.length]]));
    });
    await timed("articles", () =>
      copyRows(client, "Article", ["id", "outletId", "title", "publishedAt", "publishedPrecision", "publishedEvidence", "publishedConfidence", "text", "contentHash", "sourceFile", "synthetic", "extractorVersion"], articles, (j) => {
        const r = mulberry32(seedOf("article", j));
        const day = iso(START + Math.floor((j / articles) * SPAN_DAYS) * DAY);
        return line([`a${j}`, `o${outletOf(r)}`, `Allies on Ukraine, report ${j}`, day, "day", "dateline", "high", `${FILLER} (${j})`, createHash("sha256").update(`synthetic:${j}`).digest("hex"), `synthetic/${j}.txt`, true, "synthetic"]);
      }),
    );
    const created = Date.UTC(2025, 0, 1);
    await timed("statements", () =>
      copyRows(client, "Statement", ["id", "speakerId", "speakerRole", "kind", "quote", "date", "datePrecision", "dateSource", "topics", "createdAt"], statements, (i) => {
        const s = statementAt(i, articles);
        return line([s.id, `sp${s.speaker}`, null, i % 4 === 0 ? "indirect" : "direct", s.quote, s.date, s.precision, s.date ? "stated" : null, `{${s.topics.join(",")}}`, new Date(created + i).toISOString().replace("Z", "")]);
      }),
    );
    await timed("stances", () =>
      copyRows(client, "StatementStance", ["statementId", "topic", "value", "evidence"], statements, (i) => {
        const s = statementAt(i, articles);
        return s.stances.map((st) => line([s.id, st.topic, st.value, st.evidence])).join("");
      }),
    );
    await timed("reports", () =>
      copyRows(client, "Report", ["id", "statementId", "articleId", "kind", "quote", "start", "end", "sentence", "paragraph", "outletCited"], statements, (i) => {
        const s = statementAt(i, articles);
        return s.reports
          .map((rep, k) => {
            const start = i * 8 + k;
            const sentence = `"${rep.quote}," ${speakerName(s.speaker)} said.`;
            return line([`r${i}_${k}`, s.id, `a${rep.article}`, i % 4 === 0 ? "indirect" : "direct", rep.quote, start, start + rep.quote.length, sentence, `${sentence} ${FILLER}`, rep.cites === null ? null : outletName(rep.cites)]);
          })
          .join("");
      }),
    );
    await timed("citations", () =>
      copyRows(client, "ReportCitation", ["reportId", "outletId", "position"], statements, (i) => {
        const s = statementAt(i, articles);
        return s.reports.map((rep, k) => (rep.cites === null ? "" : line([`r${i}_${k}`, `o${rep.cites}`, 0]))).join("");
      }),
    );
    // Still without triggers: rebuild_aggregates recomputes every aggregate set-wise, and a per-row
    // trigger (one Outlet.statementCount update per StatementOutlet row, on 300 hot rows) made it
    // superlinear: over 20 minutes at 100,000 statements on this machine.
    await timed("aggregates (rebuild_aggregates)", () => client.query("SELECT rebuild_aggregates()"));
    for (const table of ["Statement", "StatementStance", "Report", "ReportCitation", "Article", "Speaker", "Outlet", "StatementOutlet"]) {
      await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    }
    await timed("indexes", async () => {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (const index of indexes) await client.query(index.def);
    });
    await timed("analyze", () => client.query("VACUUM ANALYZE"));
    return phase;
  } finally {
    await client.end();
  }
}

/**
 * A connected client whose connection errors (the database stopping while a run fails, say) are logged
 * instead of crashing the run with an unhandled 'error' event that hides the error that stopped it.
 */
export async function connectClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", (error) => say(`database connection: ${error.message}`));
  await client.connect();
  return client;
}

// ── The app ────────────────────────────────────────────────────────────────────────────────────────
/** The production build, once (shared with npm start), then the server `npm start` runs (scripts/serve.ts:
 * the HTTP guard, the response cache, the light pages, the same Node flags) against the database at `url`.
 * Its own output goes to `logFile` when given: a server that dies mid-run says why there. */
export async function startServedApp(url: string, logFile?: string): Promise<{ app: ChildProcess; base: string }> {
  const { getFreePort } = await import("../src/server/postgres");
  const nextBin = requireFromHere.resolve("next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  delete (env as NodeJS.ProcessEnv).READ_DATABASE_URL;
  const reason = await buildNeeded(ROOT);
  if (reason) {
    say(`next build (${reason})…`);
    if ((await exitOf(runNode(nextBin, ["build"], env))) !== 0) throw new Error("next build failed");
  }
  const port = await getFreePort();
  const base = `http://127.0.0.1:${port}`;
  const log = logFile ? await fs.open(logFile, "a") : null;
  const output = log ? log.fd : "ignore";
  const app = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(ROOT, "scripts/serve.ts")], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ["ignore", output, output] });
  if (log) app.once("exit", () => void log.close());
  await waitUntilServing(base, app);
  return { app, base };
}

export function runNode(script: string, argv: string[], env: NodeJS.ProcessEnv, quiet = false): ChildProcess {
  return spawn(process.execPath, [script, ...argv], { cwd: ROOT, env, stdio: quiet ? "ignore" : ["ignore", process.stderr, process.stderr] });
}
export const exitOf = (proc: ChildProcess) => new Promise<number>((resolve) => proc.on("exit", (code) => resolve(code ?? 1)));

export async function waitUntilServing(base: string, proc: ChildProcess): Promise<void> {
  while (proc.exitCode === null) {
    try {
      // /healthz, not a page: a page at a million statements may take longer than the timeout on a busy
      // machine, and every abandoned try left a render running, so the tries piled up and never ended.
      await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("the web server exited before serving");
}

/** CPU time (user + system) of a process and its descendants so far, in ms. */
async function treeCpuMs(pid: number): Promise<number> {
  let ticks = 0;
  for (const p of await processTree(pid)) {
    const stat = await fs.readFile(`/proc/${p}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks * (1000 / 100); // USER_HZ is 100 on Linux
}

/** Resident memory of a process and all its descendants. */
async function treeRssMb(pid: number): Promise<number> {
  let kb = 0;
  for (const p of await processTree(pid)) {
    const status = await fs.readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}

async function processTree(pid: number): Promise<Set<number>> {
  const entries = await fs.readdir("/proc");
  const parents = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parents.set(Number(entry), ppid);
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parents) if (tree.has(parent) && !tree.has(child)) grew = tree.add(child) !== undefined;
  }
  return tree;
}

// ── Measurements ───────────────────────────────────────────────────────────────────────────────────
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Render times of `count` requests for a path, each after `before` (bumping the data version makes them cold). */
export async function timeRequests(base: string, pathname: string, before: () => Promise<void>, count: number): Promise<{ p50: number; p95: number; status: number; bytes: number }> {
  const times: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    await before();
    const t = performance.now();
    const res = await fetch(base + pathname);
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    status = res.status;
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)), status, bytes };
}

/** Cold render times: a new data version before each request, so nothing cached applies. */
async function coldSamples(base: string, pathname: string, bump: () => Promise<void>, count = COLD_SAMPLES): Promise<{ p50: number; p95: number; status: number; kb: number }> {
  const { bytes, ...timing } = await timeRequests(base, pathname, bump, count);
  return { ...timing, kb: Math.round(bytes / 1024) };
}

/**
 * Rounds of cold requests over every route measured, before any is measured (decision 0310): a new server
 * compiles its code paths and opens its database connections, whose backends load their catalog caches
 * (a first query on a new backend plans for tens of milliseconds). Measured without this, the first route paid
 * for that warm-up and the others did not.
 */
const WARM_UP_ROUNDS = 3;
async function warmUp(base: string, pathnames: string[], bump: () => Promise<void>): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const pathname of pathnames) {
      await bump();
      await fetch(base + pathname).then((r) => r.arrayBuffer());
    }
  }
}

async function warm(base: string, pathname: string): Promise<{ p50: number; p95: number; rps: number; errors: number }> {
  const result = await autocannon({ url: base + pathname, connections: 4, duration: WARM_SECONDS });
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p99, // autocannon reports p97.5, not p95: the stricter figure
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main() {
  process.chdir(ROOT);
  const t0 = Date.now();
  const { startEmbeddedPostgres, ensureDatabase, getFreePort } = await import("../src/server/postgres");
  const { applyMigrations } = await import("../src/server/migrate");
  const { encodeCursor } = await import("../src/schemas/statementFilter");
  const { slugifyQuote } = await import("../src/lib/urls");

  const dataDir = args.data ? path.resolve(args.data) : await fs.mkdtemp(path.join(os.tmpdir(), `nato-bench-${N}-`));
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  await fs.chmod(dataDir, 0o755);
  const builtMarker = path.join(dataDir, `built-${N}.json`);
  const previousBuild = await fs.readFile(builtMarker, "utf8").then((text) => JSON.parse(text) as { buildSeconds: number; phases: Record<string, number> }, () => null);
  say(`${N.toLocaleString("en-GB")} statements, ${ARTICLES.toLocaleString("en-GB")} articles; data in ${dataDir}`);
  const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: await getFreePort(), persistent: true, log: say });
  let app: ChildProcess | undefined;
  let openClient: pg.Client | undefined;
  try {
    const url = pgServer.connectionString("nato_bench");
    await ensureDatabase(url);
    await applyMigrations(url);
    const tBuild = Date.now();
    const phases = previousBuild?.phases ?? (await buildCorpus(url));
    const buildSeconds = previousBuild?.buildSeconds ?? seconds(Date.now() - tBuild);
    if (previousBuild) say(`corpus reused from ${dataDir} (it was built in ${buildSeconds} s)`);
    else say(`corpus built in ${buildSeconds} s`);
    if (args.data && !previousBuild) await fs.writeFile(builtMarker, JSON.stringify({ buildSeconds, phases }));

    const sql = await connectClient(url);
    openClient = sql;
    const one = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows[0] as T;
    const bump = async () => void (await sql.query(`UPDATE "Speaker" SET name = name WHERE false`));
    const topSpeaker = await one<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 1`);
    const midSpeaker = await one<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC OFFSET 40 LIMIT 1`);
    const midOutlet = await one<{ slug: string }>(`SELECT slug FROM "Outlet" ORDER BY "statementCount" DESC OFFSET 30 LIMIT 1`);
    const statement = await one<{ id: string; quote: string }>(`SELECT id, quote FROM "Statement" ORDER BY id OFFSET $1 LIMIT 1`, [Math.floor(N / 3)]);
    const deep = await one<{ sort_date: string; created_at: string; id: string }>(`
      SELECT coalesce(date, '-infinity'::date)::text AS sort_date, to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at, id
      FROM "Statement" ORDER BY coalesce(date, '-infinity'::date) DESC, "createdAt" DESC, id DESC OFFSET $1 LIMIT 1`, [Math.floor(N / 2)]);
    const cursor = encodeCursor({ sortDate: deep.sort_date, createdAt: deep.created_at, id: deep.id });
    if (args.explain) await writeExplains(sql, args.explain, { speaker: topSpeaker.slug, outlet: midOutlet.slug, statement: statement.id, cursor: deep });
    const dbBytes = Number((await one<{ size: string }>(`SELECT pg_database_size(current_database())::text AS size`)).size);

    if (args["import-only"]) {
      const imported = await measureImport(url, dataDir, String(t0));
      await sql.end();
      say(`import ${importLine(imported)}`);
      console.log(JSON.stringify({ statements: N, databaseMB: Math.round(dbBytes / 1048576), ...imported, cpus: os.cpus().length }));
      return;
    }

    const serverLog = path.join(dataDir, "server.log");
    const served = await startServedApp(url, serverLog);
    app = served.app;
    const alive = (where: string) => {
      const { exitCode, signalCode } = served.app;
      if (exitCode !== null || signalCode !== null) throw new Error(`the web server exited (code ${exitCode}, signal ${signalCode}) during ${where}; its output is in ${serverLog}`);
    };
    const base = served.base;

    const routes: [string, string][] = [
      ["list", "/statements"],
      ["list speaker", `/statements?speaker=${topSpeaker.slug}`],
      ["list topic", "/statements?topic=troops"],
      ["list speaker+topic", `/statements?speaker=${midSpeaker.slug}&topic=negotiations`],
      ["list dates", "/statements?from=2024-03-01&to=2024-05-31"],
      ["list stance", "/statements?stance=supports"],
      ["list topic+stance", "/statements?topic=troops&stance=opposes"],
      ["list outlet", `/statements?outlet=${midOutlet.slug}`],
      ["list page 3", "/statements?page=3"],
      // The "most reported" order with a filter that matches few statements in a hundred (decision 0310).
      ["list topic+stance by reports", "/statements?topic=membership&stance=supports&sort=reports"],
      ["list deep (cursor)", `/statements?after=${cursor}`],
      ["search common", "/statements?q=troops"],
      ["search rare", "/statements?q=Suwalki"],
      ["search phrase", `/statements?q=${encodeURIComponent('"security guarantees"')}`],
      ["timeline", "/timeline"],
      ["timeline speaker", `/timeline?speaker=${topSpeaker.slug}`],
      ["positions", "/positions"],
      ["positions compare", `/positions?topic=negotiations&speaker=${topSpeaker.slug}&speaker=${midSpeaker.slug}`],
      ["speaker page", `/speakers/${topSpeaker.slug}`],
      ["statement page", `/statements/${statement.id}/${slugifyQuote(statement.quote)}`],
      ["home", "/"],
      ["api list", "/api/statements?topic=troops"],
      ["api deep (cursor)", `/api/statements?after=${cursor}`],
      ["api search", "/api/statements?q=ceasefire"],
      ["api statement", `/api/statements/${statement.id}`],
    ];
    const measured: Record<string, { status: number; kb: number; cold: { p50: number; p95: number }; warm: { p50: number; p95: number; rps: number; errors: number }; load1: number }> = {};
    const wanted = args.routes?.split(",").map((part) => part.trim()).filter(Boolean);
    const selected = routes.filter(([name]) => !wanted || wanted.some((part) => name.includes(part)));
    await warmUp(base, selected.map(([, pathname]) => pathname), bump);
    for (const [name, pathname] of selected) {
      // A server that died makes fetch fail with no reason of its own: say that it died, and where to look.
      const [cold, hot] = await (async () => {
        await fetch(base + pathname).then((r) => r.arrayBuffer()); // compile/route warm-up
        return [await coldSamples(base, pathname, bump), await warm(base, pathname)] as const;
      })().catch((error: unknown) => {
        alive(name);
        throw error;
      });
      const load1 = Math.round(os.loadavg()[0] * 10) / 10; // other work on the machine, next to each figure
      measured[name] = { status: cold.status, kb: cold.kb, cold: { p50: cold.p50, p95: cold.p95 }, warm: hot, load1 };
      alive(name);
      say(`  ${name.padEnd(20)} ${cold.status} ${cold.kb} kB cold p50 ${cold.p50} ms p95 ${cold.p95} ms · warm p50 ${hot.p50} ms p97.5 ${hot.p95} ms · load ${load1}`);
    }

    // Open loop: RATE requests/s for LOAD_SECONDS over a mix of list, statement and API routes,
    // with varied ids and filters (so not every request is the same cache entry).
    const sample = (await sql.query<{ id: string; quote: string }>(`SELECT id, quote FROM "Statement" TABLESAMPLE SYSTEM (1) LIMIT 200`)).rows;
    const speakers = (await sql.query<{ slug: string }>(`SELECT slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 50`)).rows;
    const mix: string[] = [];
    for (let i = 0; i < 200; i++) {
      const s = sample[i % sample.length];
      const sp = speakers[i % speakers.length].slug;
      mix.push(
        [`/statements?speaker=${sp}`, `/statements/${s.id}/${slugifyQuote(s.quote)}`, `/api/statements?speaker=${sp}&topic=troops`, `/api/statements/${s.id}`, "/statements?topic=membership", `/statements?q=ceasefire&speaker=${sp}`][i % 6],
      );
    }
    // Each URL once, in turn: what the server renders after a data change (every cached answer is of
    // an older version then). The open loop then measures the steady state between changes.
    const distinct = [...new Set(mix)];
    const tPrime = Date.now();
    for (const p of distinct) await fetch(base + p).then((r) => r.arrayBuffer());
    const primeSeconds = seconds(Date.now() - tPrime);
    say(`rendered the ${distinct.length} distinct URLs of the mix once in ${primeSeconds} s`);
    say(`open loop: ${RATE} requests/s for ${LOAD_SECONDS} s over ${mix.length} URLs…`);
    const cpuBefore = await treeCpuMs(app.pid as number);
    const loadAtStart = os.loadavg()[0];
    const load = await autocannon({
      url: base,
      connections: 50,
      overallRate: RATE,
      duration: LOAD_SECONDS,
      requests: mix.map((p) => ({ method: "GET" as const, path: p })),
    });
    const serverCpuMs = (await treeCpuMs(app.pid as number)) - cpuBefore;
    const loadResult = {
      primeSeconds,
      primedUrls: distinct.length,
      serverCpuMsPerRequest: Math.round((serverCpuMs / Math.max(1, load.requests.total)) * 100) / 100,
      load1: Math.round(((loadAtStart + os.loadavg()[0]) / 2) * 10) / 10,
      rate: RATE,
      seconds: LOAD_SECONDS,
      requests: load.requests.total,
      p50: load.latency.p50,
      p99: load.latency.p99,
      max: load.latency.max,
      errors: load.errors + load.timeouts,
      non2xx: load.non2xx,
    };
    const rssMb = await treeRssMb(app.pid as number);

    const imported = await measureImport(url, dataDir, String(t0));
    await sql.end();

    const summary = {
      statements: N,
      articles: ARTICLES,
      buildSeconds,
      buildPhases: phases,
      databaseMB: Math.round(dbBytes / 1048576),
      serverRssMB: rssMb,
      ...imported,
      coldSamples: COLD_SAMPLES,
      routes: measured,
      load: loadResult,
      totalSeconds: seconds(Date.now() - t0),
      cpus: os.cpus().length,
    };
    printTable(summary);
    console.log(JSON.stringify(summary));
  } finally {
    await openClient?.end().catch(() => {});
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await exitOf(app);
    }
    await pgServer.stop();
    if (!args.keep && !args.data) await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Import throughput of real-style articles into the big database (triggers on, one transaction each):
 * one run of the real importer over IMPORTS seed variants, as `npm run import -- <folder>` does it
 * (its worker start included).
 */
async function measureImport(url: string, dataDir: string, salt: string) {
  const { createPrismaClient } = await import("../src/server/db");
  const { importArticles } = await import("../src/server/ingest");
  const seeds = await loadSeedArticles();
  const db = createPrismaClient(url);
  const variants = path.join(dataDir, `imports-${salt}`);
  await fs.mkdir(variants);
  await writeVariantFolder(variants, seeds, IMPORTS, salt);
  const tImport = Date.now();
  const cpuImport = process.cpuUsage();
  let firstWritten = 0;
  const onProgress = (_: unknown, index: number) => void (index === 0 && (firstWritten = Date.now()));
  const imported = await importArticles(db, [variants], { connectionString: url, onProgress });
  const tEnd = Date.now();
  const importSeconds = (tEnd - tImport) / 1000;
  const importCpu = process.cpuUsage(cpuImport);
  const importLoad1 = Math.round(os.loadavg()[0] * 10) / 10;
  await db.$disconnect();
  if (imported.added !== IMPORTS) throw new Error(`import: ${imported.added} of ${IMPORTS} articles added (${imported.results.find((r) => r.error)?.error ?? "no error"})`);
  return {
    /** The headline (issue #13's target): every article, the worker's start and the first, cold reads included. */
    importArticlesPerSecond: Math.round((IMPORTS / importSeconds) * 10) / 10,
    /** Beside it, not instead: the articles after the first one written, once the worker is warm (decision 0390). */
    importSteadyArticlesPerSecond: Math.round(((IMPORTS - 1) / ((tEnd - firstWritten) / 1000)) * 10) / 10,
    /** Seconds from the start of the run to the first article written (the worker's start, the first reads). */
    importFirstArticleSeconds: Math.round((firstWritten - tImport) / 100) / 10,
    /** The importer's own CPU (extraction worker included; PostgreSQL's is not) per article. */
    importCpuMsPerArticle: Math.round((importCpu.user + importCpu.system) / 1000 / IMPORTS),
    importLoad1,
  };
}

/** The app's main queries as listStatements and friends issue them, with EXPLAIN (ANALYZE, BUFFERS). */
async function writeExplains(
  sql: pg.Client,
  file: string,
  at: { speaker: string; outlet: string; statement: string; cursor: { sort_date: string; created_at: string; id: string } },
) {
  const key = `coalesce(s."date", '-infinity'::date)`;
  const order = `ORDER BY ${key} DESC, s."createdAt" DESC, s.id DESC LIMIT 21`;
  // listStatements looks the ids up first (so the planner sees the value): the same here.
  const speakerId = `'${(await sql.query(`SELECT id FROM "Speaker" WHERE slug = $1`, [at.speaker])).rows[0].id}'`;
  const outletId = `'${(await sql.query(`SELECT id FROM "Outlet" WHERE slug = $1`, [at.outlet])).rows[0].id}'`;
  const queries: [string, string, string][] = [
    ["Statement_list_idx", "first page, no filter", `SELECT s.id FROM "Statement" s ${order}`],
    ["Statement_list_idx", "deep page by cursor (half-way)", `SELECT s.id FROM "Statement" s WHERE (${key}, s."createdAt", s.id) < ('${at.cursor.sort_date}'::date, '${at.cursor.created_at}'::timestamp, '${at.cursor.id}') ${order}`],
    ["Statement_list_idx", "date range", `SELECT s.id FROM "Statement" s WHERE ${key} >= '2024-03-01' AND ${key} <= '2024-05-31' AND s.date IS NOT NULL ${order}`],
    ["Statement_speaker_list_idx", "most prolific speaker", `SELECT s.id FROM "Statement" s WHERE s."speakerId" = ${speakerId} ${order}`],
    ["Statement_speaker_list_idx", "speaker + topic", `SELECT s.id FROM "Statement" s WHERE s."speakerId" = ${speakerId} AND 'negotiations'::"Topic" = ANY(s.topics) ${order}`],
    ["StatementOutlet_list_idx", "outlet (published or cited)", `SELECT so."statementId" FROM "StatementOutlet" so JOIN "Statement" s ON s.id = so."statementId" AND so."outletId" = ${outletId} ORDER BY so."sortDate" DESC, so."createdAt" DESC, so."statementId" DESC LIMIT 21`],
    ["StatementStance_pkey", "stance on any topic (probe per row in list order)", `SELECT s.id FROM "Statement" s WHERE EXISTS (SELECT 1 FROM "StatementStance" st WHERE st."statementId" = s.id AND st.value = 'supports') ${order}`],
    ["StatementStance_value_topic_idx", "capped count of a stance (beyond the tally)", `SELECT count(*) FROM (SELECT 1 FROM "Statement" s WHERE EXISTS (SELECT 1 FROM "StatementStance" st WHERE st."statementId" = s.id AND st.value = 'supports') LIMIT 1001) c`],
    ["Statement_searchVector_idx", "search, rare word (ranked)", `SELECT s.id FROM "Statement" s WHERE s."searchVector" @@ websearch_to_tsquery('english', 'Suwalki') ORDER BY ts_rank_cd(s."searchVector", websearch_to_tsquery('english', 'Suwalki')) DESC, ${key} DESC LIMIT 21`],
    ["Statement_searchVector_idx", "search, phrase", `SELECT count(*) FROM (SELECT 1 FROM "Statement" s WHERE s."searchVector" @@ websearch_to_tsquery('english', '"security guarantees"') LIMIT 1001) c`],
    ["Statement_list_idx", "search, common word (newest first)", `SELECT s.id FROM "Statement" s WHERE s."searchVector" @@ websearch_to_tsquery('english', 'troops') ${order}`],
    ["StatementTally_key", "exact total: topic + stance over a date range", `SELECT sum(n) FROM "StatementTally" t WHERE t."speakerId" IS NULL AND t.topic = 'troops' AND t.stance = 'opposes' AND t.day >= '2023-01-01'`],
    ["StatementTally_key", "timeline of everyone, by month", `SELECT topic, stance, to_char(day, 'YYYY-MM'), sum(n) FROM "StatementTally" WHERE "speakerId" IS NULL AND topic = ANY('{troops,negotiations,membership}') GROUP BY 1, 2, 3`],
    ["Statement_speaker_timeline_idx", "a statement's next neighbour on its speaker's timeline", `SELECT s.id FROM "Statement" s WHERE s."speakerId" = (SELECT "speakerId" FROM "Statement" WHERE id = '${at.statement}') AND (coalesce(s.date, 'infinity'::date), s."createdAt", s.id) > (SELECT coalesce(date, 'infinity'::date), "createdAt", id FROM "Statement" WHERE id = '${at.statement}') ORDER BY coalesce(s.date, 'infinity'::date), s."createdAt", s.id LIMIT 1`],
    ["Statement_quote_trgm_idx", "stop-word-only search as a substring", `SELECT count(*) FROM (SELECT 1 FROM "Statement" s WHERE s.quote ILIKE '%the%' LIMIT 1001) c`],
  ];
  const out = [`# EXPLAIN (ANALYZE, BUFFERS) at ${N.toLocaleString("en-GB")} statements\n`];
  for (const [index, what, text] of queries) {
    const plan = (await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
    out.push(`## ${what} — ${index}\n\n\`\`\`sql\n${text}\n\`\`\`\n\n\`\`\`\n${plan}\n\`\`\`\n`);
  }
  await fs.writeFile(file, out.join("\n"));
  say(`EXPLAIN output written to ${file}`);
}

function printTable(s: {
  statements: number;
  buildSeconds: number;
  databaseMB: number;
  serverRssMB: number;
  importArticlesPerSecond: number;
  importSteadyArticlesPerSecond: number;
  importFirstArticleSeconds: number;
  importCpuMsPerArticle: number;
  importLoad1: number;
  routes: Record<string, { status: number; cold: { p50: number; p95: number }; warm: { p50: number; p95: number; rps: number; errors: number }; load1: number }>;
  load: { rate: number; seconds: number; requests: number; p50: number; p99: number; errors: number; non2xx: number; primeSeconds: number; primedUrls: number; serverCpuMsPerRequest: number; load1: number };
}) {
  const rows = [["route", "status", "cold p50", "cold p95", "warm p50", "warm p97.5", "warm req/s", "load avg"]];
  for (const [name, r] of Object.entries(s.routes)) {
    rows.push([name, String(r.status), `${r.cold.p50} ms`, `${r.cold.p95} ms`, `${r.warm.p50} ms`, `${r.warm.p95} ms`, String(r.warm.rps), String(r.load1)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const out = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  console.log(out.join("\n"));
  console.log(
    `\n${s.statements.toLocaleString("en-GB")} statements · built in ${s.buildSeconds} s · database ${s.databaseMB} MB · server RSS ${s.serverRssMB} MB · ` +
      `import ${importLine(s)}\nopen loop ${s.load.rate}/s for ${s.load.seconds} s: ${s.load.requests} requests, p50 ${s.load.p50} ms, p99 ${s.load.p99} ms, ` +
      `${s.load.errors} errors, ${s.load.non2xx} non-2xx, server CPU ${s.load.serverCpuMsPerRequest} ms/request, load average ${s.load.load1}; ` +
      `the ${s.load.primedUrls} URLs of the mix rendered once beforehand in ${s.load.primeSeconds} s`,
  );
}

/** The import's headline rate, then the rate after the first article written, which the start does not weigh on. */
function importLine(s: { importArticlesPerSecond: number; importSteadyArticlesPerSecond: number; importFirstArticleSeconds: number; importCpuMsPerArticle: number; importLoad1: number }): string {
  return (
    `${s.importArticlesPerSecond} articles/s (importer CPU ${s.importCpuMsPerArticle} ms/article, load average ${s.importLoad1}); ` +
    `first article written after ${s.importFirstArticleSeconds} s, ${s.importSteadyArticlesPerSecond} articles/s after it`
  );
}

if (isMain) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
