// Imports article files: read safely, decode, validate, extract under a time
// limit, then write. Every check runs before the article's one transaction;
// a bad file is reported with its rule and reason and skipped, the rest go on.
import path from "node:path";
import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { checkArticleText, checkStatements } from "@/domain/article/checkArticle";
import { decodeArticle } from "@/domain/article/decode";
import { hasLexicon, noLexiconNotice } from "@/domain/lexicon/languages";
import { ARTICLE_LIMITS } from "@/domain/article/limits";
import { ArticleProblemError } from "@/domain/article/problems";
import { publishedAtForExtraction, type ArticleMetadata } from "@/schemas/articleManifest";
import { ImportValidationError, type ImportErrorCode } from "./errors";
import type { MetadataFlags } from "./metadata";
import { planImport, type PlannedArticle, type PlannedStep } from "./planImport";
import { readFileSafely } from "./readFileSafely";
import { DEFAULT_EXTRACTION_SECONDS, TimedExtractor } from "./timedExtraction";
import { lexemeShares, quoteLexemes } from "./clusterCandidates";
import { sqlQueries, type SqlTx } from "./sqlTransaction";
import { contentHash, warmWritePath, writeArticle } from "./writeArticle";

export { ImportValidationError, type ImportErrorCode } from "./errors";

export interface ImportFileResult {
  file: string;
  /** "skipped": valid, but no statements were found (imported only with keepEmpty). */
  status: "added" | "unchanged" | "skipped" | "failed";
  statementsAdded: number;
  reportsAdded: number;
  code?: ImportErrorCode;
  error?: string;
  /** Imported, with something the user should know (no lexicon for its language). */
  notice?: string;
}

export interface ImportSummary {
  read: number;
  added: number;
  unchanged: number;
  skipped: number;
  failed: number;
  statementsAdded: number;
  reportsAdded: number;
  results: ImportFileResult[];
}

export interface ImportOptions {
  metadata?: MetadataFlags;
  /** Import an article even when no statement is found in it. */
  keepEmpty?: boolean;
  /** Time one article's extraction may take before it is stopped. */
  extractionSeconds?: number;
  onProgress?: (result: ImportFileResult, index: number, total: number) => void;
  /**
   * The database `db` connects to: the import's queries and transactions then go through `pg` itself,
   * not the ORM (decision 0255: ~0.5 ms of CPU and ~1 ms of wall time less per query, ten an article).
   */
  connectionString?: string;
}

/** Articles read and extracted ahead of the one being written (decision 0300). */
const PREPARED_AHEAD = 3;
/**
 * Articles read, checked and looked up further ahead, a batch at a time (decision 0460): their files are read
 * while the worker starts, on a thread that is otherwise idle then, and the look-ups of their content are one
 * query a batch instead of one an article. At most two batches are held (a batch is ≤ 16 MiB at the article size limit).
 */
const READ_BATCH = 16;

export async function importArticles(db: PrismaClient, inputs: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const extractor = new TimedExtractor((options.extractionSeconds ?? DEFAULT_EXTRACTION_SECONDS) * 1000);
  // The worker starts while the first article is read and checked (decision 0330), not after, and before the
  // inputs are even planned (decision 0445: a folder's listing and manifest took 0.1–0.2 s under load). A
  // run given inputs nearly always has articles; one that has none closes the worker unused.
  const hasArticles = inputs.length > 0;
  if (hasArticles) extractor.warmUp();
  /** Planned once the worker and the connections are on their way (below). */
  let steps: PlannedStep[] = [];
  const results: ImportFileResult[] = [];
  // One connection for the reads before each transaction, one for the transactions (decision 0330): the next
  // article's reads run while this one's transaction holds the other, and every transaction runs in the same
  // server process, whose caches (trigger functions, their plans, the tables' descriptions) are then filled once.
  const connect = () => new pg.Pool({ connectionString: options.connectionString, max: 1, connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS });
  const pools = options.connectionString ? { reads: connect(), writes: connect() } : undefined;
  for (const pool of pools ? [pools.reads, pools.writes] : []) {
    // An idle connection lost (the server restarted) is not the import's failure: the next query reports it.
    pool.on("error", () => undefined);
  }
  // Connected while the worker starts, the transactions' connection warmed for the first write (decision
  // 0410); a failure is the first query's.
  if (pools && hasArticles) {
    pools.reads.query("SELECT 1").catch(() => undefined);
    warmWritePath(sqlQueries(pools.writes)).catch(() => undefined);
  }
  const sql: SqlTx = pools ? sqlQueries(pools.reads) : db;
  // Planner statistics, read once per run (decision 0170): they change only when the table is analysed.
  let shares: Promise<Map<string, number>> | null = null;
  // The files are read ahead once the run is planned: articles are prepared only after that (below).
  let reader: ((index: number) => Promise<ReadArticle>) | null = null;
  const run: RunContext = { db, sql, pool: pools?.writes, extractor, options, shares: () => (shares ??= lexemeShares(sql)), read: (index) => (reader ??= readingAhead(steps, sql))(index) };
  // Read while the worker starts (decision 0300), not after the first extraction; a failure is the first article's.
  if (hasArticles) run.shares().catch(() => undefined);
  // Scale (decisions 0095, 0300): the next articles are read and extracted (in the worker) while this one is
  // written (in PostgreSQL), so the two costs overlap instead of adding up. Up to PREPARED_AHEAD articles are
  // prepared, one after another: a short article's write then does not leave the worker idle, nor a long
  // extraction the database, when the two alternate.
  const prepare = (index: number): Promise<Prepared> => {
    const step = steps[index];
    return step.kind === "problem" ? Promise.resolve(failure(step.error)) : prepareOne(run, step, index);
  };
  const prepared = new Map<number, Promise<Prepared | null>>();
  let lastPrepared: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const queue = (index: number) => {
    if (index >= steps.length) return;
    // Never rejects (a problem is the file's result); once the run has stopped, no article is started.
    const next = lastPrepared.then(() => (stopped ? null : prepare(index)));
    prepared.set(index, next);
    lastPrepared = next;
  };
  try {
    steps = await planImport(inputs, options.metadata ?? {});
    for (let index = 0; index < PREPARED_AHEAD; index++) queue(index);
    for (let index = 0; index < steps.length; index++) {
      const current = (await prepared.get(index))!; // null only once the run has stopped
      prepared.delete(index);
      queue(index + PREPARED_AHEAD);
      const result = "write" in current ? await writeOne(run, current) : current;
      results.push(result);
      options.onProgress?.(result, index, steps.length);
    }
  } finally {
    stopped = true;
    await lastPrepared; // the worker and the pool are closed once no article is being prepared
    await extractor.close();
    await Promise.all([pools?.reads.end(), pools?.writes.end()]);
  }
  return summarise(results);
}

/** An article read, checked and extracted, waiting for its transaction. */
interface ReadyToWrite {
  write: Parameters<typeof writeArticle>[1];
  file: string;
  notice?: string;
}
type Prepared = ReadyToWrite | ImportFileResult;

interface RunContext {
  db: PrismaClient;
  /** Reads outside the transaction: through their own connection when there is one, else through `db`. */
  sql: SqlTx;
  /** The transactions' connection (file imports through `pg`). */
  pool?: pg.Pool;
  extractor: TimedExtractor;
  options: ImportOptions;
  shares: () => Promise<Map<string, number>>;
  /** The planned article at this index, read, checked and looked up (see `readingAhead`). */
  read: (index: number) => Promise<ReadArticle>;
}

/** An article file read and checked, and whether an article with its content is stored already. */
type ReadArticle = { text: string; meta: ArticleMetadata; known: boolean } | { error: unknown };

/**
 * Reads the planned articles a batch at a time, ahead of their extraction (decision 0460): the files of a batch
 * are read and checked, then one query says which contents are stored already. The batch after the one
 * asked for is started as soon as an article of it is; no file is opened twice.
 */
function readingAhead(steps: PlannedStep[], sql: SqlTx): (index: number) => Promise<ReadArticle> {
  const batches = new Map<number, Promise<ReadArticle[]>>();
  const batchOf = (first: number) => {
    if (!batches.has(first)) batches.set(first, readBatch(steps.slice(first, first + READ_BATCH), sql));
    return batches.get(first)!;
  };
  return async (index) => {
    const first = index - (index % READ_BATCH);
    batches.delete(first - READ_BATCH); // its articles have all been asked for: only the current and the next are held
    const batch = batchOf(first);
    if (first + READ_BATCH < steps.length) void batchOf(first + READ_BATCH);
    return (await batch)[index - first];
  };
}

/** Never rejects: a file's problem is its own result, and a failed look-up each article's error. */
async function readBatch(steps: PlannedStep[], sql: SqlTx): Promise<ReadArticle[]> {
  type Checked = { text: string; meta: ArticleMetadata; hash: string } | { error: unknown };
  const read = await Promise.all(steps.map(async (step): Promise<Checked> => {
    if (step.kind === "problem") return { error: step.error };
    try {
      const text = decodeArticle(await readFileSafely(step.file, step.folder, ARTICLE_LIMITS.maxBytes), step.file);
      checkArticleText(text, step.file);
      if (step.metadata instanceof ImportValidationError) throw step.metadata;
      return { text, meta: step.metadata, hash: contentHash(text) };
    } catch (error) {
      return { error };
    }
  }));
  const hashes = read.flatMap((r) => ("hash" in r ? [r.hash] : []));
  const stored = hashes.length
    ? await sql.$queryRaw<{ hash: string }[]>`SELECT "contentHash" AS hash FROM "Article" WHERE "contentHash" = ANY(${hashes}::text[])`.then(
        (rows) => new Set(rows.map((row) => row.hash)),
        (error: unknown) => error,
      )
    : new Set<string>();
  return read.map((r) => {
    if (!("hash" in r)) return r;
    if (!(stored instanceof Set)) return { error: stored };
    return { text: r.text, meta: r.meta, known: stored.has(r.hash) };
  });
}

/** Everything before the article's transaction; never throws (a problem is the file's result). */
async function prepareOne({ sql, extractor, options, shares, read }: RunContext, { file }: PlannedArticle, index: number): Promise<Prepared> {
  try {
    const article = await read(index);
    if ("error" in article) throw article.error;
    const { text, meta } = article;
    if (article.known) return outcome(file, "unchanged");
    const sourceFile = path.relative(process.cwd(), path.resolve(file));
    if (!hasLexicon(meta.language)) {
      // Kept, so that a later lexicon can read it (npm run reextract), with no English rules applied meanwhile.
      return { write: { text, sourceFile, meta, statements: [] }, file, notice: noLexiconNotice(meta.language) };
    }
    const statements = await extractor.extract(file, text, { publishedAt: publishedAtForExtraction(meta), outlet: meta.outlet?.name ?? null, language: meta.language, headline: meta.title });
    checkStatements(statements, text, file);
    if (!statements.length && !options.keepEmpty) {
      return { ...outcome(file, "skipped"), code: "NO_STATEMENTS", error: "no statements found, nothing saved (pass --keep-empty to import it anyway)" };
    }
    // Read while the previous article is written, so that it is not one more query inside the transaction.
    const lexemes = await quoteLexemes(sql, statements.map((s) => s.quote), await shares());
    return { write: { text, sourceFile, meta, statements, lexemes }, file };
  } catch (error) {
    return failed(error, file);
  }
}

/** The article's one transaction (writeArticle checks again that its content is new, under the import lock). */
async function writeOne({ db, pool }: RunContext, ready: ReadyToWrite): Promise<ImportFileResult> {
  try {
    // A file import can be run again after a crash: it need not wait for each commit to reach the disk.
    const written = await writeArticle(db, { ...ready.write, asyncCommit: true, pool });
    const result = { ...outcome(ready.file, written.status), statementsAdded: written.statementsAdded, reportsAdded: written.reportsAdded };
    return ready.notice ? { ...result, notice: ready.notice } : result;
  } catch (error) {
    return failed(error, ready.file);
  }
}

function failed(error: unknown, file: string): ImportFileResult {
  if (error instanceof ImportValidationError) return failure(error, file);
  if (error instanceof ArticleProblemError) return { ...outcome(file, "failed"), code: error.code, error: error.reason };
  return { ...outcome(file, "failed"), code: "DATABASE_ERROR", error: `database error, nothing from this file was saved: ${lastLine(error)}` };
}

function outcome(file: string, status: ImportFileResult["status"]): ImportFileResult {
  return { file, status, statementsAdded: 0, reportsAdded: 0 };
}

function failure(error: ImportValidationError, file = error.file): ImportFileResult {
  return { ...outcome(file, "failed"), code: error.code, error: error.reason };
}

/** Prisma's messages open with the call site; the cause is on the last line. */
function lastLine(error: unknown): string {
  const lines = String(error instanceof Error ? error.message : error).split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "unknown error";
}

function summarise(results: ImportFileResult[]): ImportSummary {
  const count = (status: ImportFileResult["status"]) => results.filter((r) => r.status === status).length;
  return {
    read: results.length,
    added: count("added"),
    unchanged: count("unchanged"),
    skipped: count("skipped"),
    failed: count("failed"),
    statementsAdded: results.reduce((n, r) => n + r.statementsAdded, 0),
    reportsAdded: results.reduce((n, r) => n + r.reportsAdded, 0),
    results,
  };
}

/** On start-up: import the seed articles whose content is not in the database yet. */
export async function importSeedsIfMissing(
  db: PrismaClient,
  seedsDir: string,
  onProgress?: ImportOptions["onProgress"],
  connectionString?: ImportOptions["connectionString"],
): Promise<ImportSummary> {
  const files = (await planImport([seedsDir], {})).flatMap((step) => (step.kind === "article" ? [step.file] : []));
  const missing: string[] = [];
  for (const file of files) {
    const bytes = await readFileSafely(file, seedsDir, ARTICLE_LIMITS.maxBytes).catch(() => null);
    const hash = bytes ? contentHash(new TextDecoder().decode(bytes)) : null;
    if (!hash || !(await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } }))) missing.push(file);
  }
  if (!missing.length) return summarise(files.map((file) => outcome(file, "unchanged")));
  const summary = await importArticles(db, missing, { onProgress, connectionString });
  const unchanged = files.length - missing.length;
  return { ...summary, read: files.length, unchanged: summary.unchanged + unchanged };
}

export function formatSummary(summary: ImportSummary): string {
  const skipped = summary.skipped ? `, ${summary.skipped} skipped (no statements)` : "";
  return `${summary.read} article${summary.read === 1 ? "" : "s"} read: ${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed${skipped}; ${summary.statementsAdded} statements and ${summary.reportsAdded} reports added`;
}
