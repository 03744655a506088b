// The malformed corpus (tests/fixtures/malformed) against a real PostgreSQL:
// every input gets its own rule's error, nothing is imported, and no row of any
// table changes. Large and special inputs are generated into a temp folder.
import { execFile } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db";
import { importArticles, importSeedsIfMissing, type ImportFileResult, type ImportSummary } from "@/server/ingest";
import { generateMalformedCorpus, type CorpusExpectations } from "../fixtures/malformed/generate";
import { createScratchDatabase } from "./setup/database";

const run = promisify(execFile);
const CORPUS = path.resolve("tests/fixtures/malformed");
const committed = JSON.parse(readFileSync(path.join(CORPUS, "expectations.json"), "utf8")) as CorpusExpectations;

/** Rows in every table of the database, migrations included. */
async function rowCounts(db: PrismaClient): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

/** Each result by the file it names, relative to the corpus root (absolute outside it). */
function byFile(results: ImportFileResult[], root: string): Record<string, { status: string; code?: string; error?: string }> {
  const keyed: Record<string, { status: string; code?: string; error?: string }> = {};
  for (const { file, status, code, error } of results) {
    const relative = path.relative(root, path.resolve(file));
    const key = relative.startsWith("..") ? file : relative;
    expect(keyed[key], `two results for ${key}`).toBeUndefined();
    keyed[key] = { status, code, error };
  }
  return keyed;
}

function expectEachError(summary: ImportSummary, root: string, expected: CorpusExpectations["results"]): void {
  const actual = byFile(summary.results, root);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [file, { code, message }] of Object.entries(expected)) {
    expect({ file, ...actual[file] }).toEqual({ file, status: code === "NO_STATEMENTS" ? "skipped" : "failed", code, error: expect.stringContaining(message) });
  }
  expect(summary).toMatchObject({ added: 0, unchanged: 0, statementsAdded: 0, reportsAdded: 0 });
}

async function expectFlagCases(db: PrismaClient, root: string, cases: CorpusExpectations["withFlags"]): Promise<void> {
  for (const { file, flags, code, message } of cases) {
    const input = path.isAbsolute(file) ? file : path.join(root, file);
    const summary = await importArticles(db, [input], { metadata: flags });
    expect(summary.results.map((r) => ({ file, status: r.status, code: r.code, error: r.error }))).toEqual([{ file, status: "failed", code, error: expect.stringContaining(message) }]);
  }
}

describe("the malformed corpus", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let generatedRoot: string;
  let generated: CorpusExpectations;
  let before: Record<string, number>;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "malformed" });
    db = createPrismaClient(scratch.url);
    // Seeds first, so that "unchanged" means unchanged in tables that hold rows.
    expect((await importSeedsIfMissing(db, "seeds")).added).toBe(5);
    generatedRoot = await fs.mkdtemp(path.join(os.tmpdir(), "malformed-"));
    generated = await generateMalformedCorpus(generatedRoot);
    before = await rowCounts(db);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
    if (generatedRoot) await fs.rm(generatedRoot, { recursive: true, force: true });
  });

  it("holds at least 100 inputs, committed and generated, covering every rule", () => {
    const inputs = [committed, generated].flatMap((corpus) => [...Object.values(corpus.results), ...corpus.withFlags]);
    expect(inputs.length).toBeGreaterThanOrEqual(100);
    const codes = new Set(inputs.map((input) => input.code));
    for (const code of [
      "DATE_IMPOSSIBLE", "DATE_OUT_OF_RANGE", "DATE_IN_FUTURE", "DATE_FORMAT", "NO_STATEMENTS", "MARKUP", "NOT_REGULAR_FILE", "SYMLINK_OUTSIDE_FOLDER",
      "MANIFEST_ENTRY_OUTSIDE_FOLDER", "MANIFEST_ENTRY_MISSING_FILE", "MANIFEST_DUPLICATE_ENTRY", "NO_ARTICLE_FILES", "ENCODING_UTF16", "ENCODING_UTF32",
      "INVALID_UTF8", "BINARY", "EMPTY", "TOO_LARGE", "LINE_TOO_LONG", "TOO_MANY_LINES", "QUOTE_TOO_LONG", "TOO_MANY_STATEMENTS", "URL_NOT_HTTP",
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  /** Imports every input of a corpus and checks each error; nothing may change. */
  async function expectAllRefused(root: string, corpus: CorpusExpectations): Promise<void> {
    const summary = await importArticles(db, corpus.folders.map((folder) => path.join(root, folder)));
    expectEachError(summary, root, corpus.results);
    await expectFlagCases(db, root, corpus.withFlags);
    expect(await rowCounts(db)).toEqual(before);
  }

  it("gives every committed input its own error and imports none of them", () => expectAllRefused(CORPUS, committed), 120_000);

  it("refuses oversized texts, pipes, devices and links out of the folder without hanging", () => expectAllRefused(generatedRoot, generated), 120_000);

  it("stops an extraction that runs over its time limit, reports it and writes nothing", async () => {
    const dir = await fs.mkdtemp(path.join(generatedRoot, "slow-"));
    const seed = await fs.readFile("seeds/003_c868643a5bab4510.txt", "utf8");
    await fs.writeFile(path.join(dir, "long.txt"), seed.repeat(200));
    const summary = await importArticles(db, [path.join(dir, "long.txt")], { metadata: { publishedAt: "2025-02-13", outlet: "Reuters" }, extractionSeconds: 0.01 });
    expect(summary.results).toEqual([expect.objectContaining({ status: "failed", code: "EXTRACTION_TIMEOUT", error: "extraction took longer than 0.01 s and was stopped" })]);
    expect(await rowCounts(db)).toEqual(before);
  }, 60_000);

  it("the import command exits 1 and prints the rule for malformed inputs", async () => {
    const env = { ...process.env, DATABASE_URL: scratch.url };
    const cli = (...args: string[]) => run("npx", ["tsx", "scripts/import.ts", ...args], { env }).then(() => ({ code: 0, stdout: "" }), (error: { code: number; stdout: string }) => error);

    const dates = await cli(path.join(CORPUS, "dates"));
    expect(dates.code).toBe(1);
    expect(dates.stdout).toMatch(/feb-30\.txt: FAILED \[DATE_IMPOSSIBLE\]: publishedAt 2025-02-30 is not a real date: February 2025 has 28 days/);
    expect(dates.stdout).toMatch(/0 added, 0 unchanged, 34 failed/);

    const special = await cli(path.join(generatedRoot, "special", "fifo.txt"), path.join(CORPUS, "content", "no-quotes.txt"), "--published-at", "2025-02-13", "--url", "javascript:alert(1)");
    expect(special.code).toBe(1);
    expect(special.stdout).toMatch(/fifo\.txt: FAILED \[NOT_REGULAR_FILE\]: is a named pipe/);
    expect(special.stdout).toMatch(/no-quotes\.txt: FAILED \[URL_NOT_HTTP\]: url "javascript:alert\(1\)" uses "javascript:"/);

    const empty = await cli(path.join(CORPUS, "content", "no-quotes.txt"), "--published-at", "2025-02-13");
    expect(empty.code).toBe(1);
    expect(empty.stdout).toMatch(/no-quotes\.txt: SKIPPED \[NO_STATEMENTS\] \(warning\): no statements found, nothing saved \(pass --keep-empty/);
    expect(await rowCounts(db)).toEqual(before);
  }, 120_000);
});
