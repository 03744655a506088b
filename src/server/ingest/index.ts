// Imports article files: decode, look up metadata, extract, write. Each
// article is one transaction; a bad file is reported and skipped, the rest go on.
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { ArticleDecodeError, decodeArticle } from "@/domain/article/decode";
import { extractStatements } from "@/domain/extract";
import { publishedAtForExtraction } from "@/schemas/articleManifest";
import { ImportValidationError } from "./errors";
import { forgetManifests, metadataFor, type MetadataFlags } from "./metadata";
import { contentHash, writeArticle } from "./writeArticle";

export { ImportValidationError } from "./errors";

export interface ImportFileResult {
  file: string;
  status: "added" | "unchanged" | "failed";
  statementsAdded: number;
  reportsAdded: number;
  error?: string;
}

export interface ImportSummary {
  read: number;
  added: number;
  unchanged: number;
  failed: number;
  statementsAdded: number;
  reportsAdded: number;
  results: ImportFileResult[];
}

export interface ImportOptions {
  metadata?: MetadataFlags;
  onProgress?: (result: ImportFileResult, index: number, total: number) => void;
}

/** Expands directories to the article files in them (*.txt, sorted); files are taken as given. */
export async function listArticleFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      files.push(input); // reported as a failure with a clear reason by importOne
    } else if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.endsWith(".txt")).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return files;
}

export async function importArticles(db: PrismaClient, inputs: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  forgetManifests();
  const files = await listArticleFiles(inputs);
  const results: ImportFileResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await importOne(db, file, options.metadata ?? {});
    results.push(result);
    options.onProgress?.(result, index, files.length);
  }
  return summarise(results);
}

async function importOne(db: PrismaClient, file: string, flags: MetadataFlags): Promise<ImportFileResult> {
  try {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new ImportValidationError(file, error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a directory" : `cannot be read (${error.code ?? error.message})`);
    });
    const text = decodeArticle(bytes, file);
    const meta = await metadataFor(file, flags);
    const statements = extractStatements(text, { publishedAt: publishedAtForExtraction(meta), outlet: meta.outlet?.name ?? null }).statements;
    const written = await writeArticle(db, { text, sourceFile: path.relative(process.cwd(), path.resolve(file)), meta, statements });
    return { file, status: written.status, statementsAdded: written.statementsAdded, reportsAdded: written.reportsAdded };
  } catch (error) {
    if (error instanceof ImportValidationError || error instanceof ArticleDecodeError) {
      return { file, status: "failed", statementsAdded: 0, reportsAdded: 0, error: error.reason };
    }
    return { file, status: "failed", statementsAdded: 0, reportsAdded: 0, error: `database error, nothing from this file was saved: ${lastLine(error)}` };
  }
}

/** Prisma's messages open with the call site; the cause is on the last line. */
function lastLine(error: unknown): string {
  const lines = String(error instanceof Error ? error.message : error).split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "unknown error";
}

function summarise(results: ImportFileResult[]): ImportSummary {
  return {
    read: results.length,
    added: results.filter((r) => r.status === "added").length,
    unchanged: results.filter((r) => r.status === "unchanged").length,
    failed: results.filter((r) => r.status === "failed").length,
    statementsAdded: results.reduce((n, r) => n + r.statementsAdded, 0),
    reportsAdded: results.reduce((n, r) => n + r.reportsAdded, 0),
    results,
  };
}

/** On start-up: import the seed articles whose content is not in the database yet. */
export async function importSeedsIfMissing(db: PrismaClient, seedsDir: string, onProgress?: ImportOptions["onProgress"]): Promise<ImportSummary> {
  const files = await listArticleFiles([seedsDir]);
  const missing: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file).catch(() => null);
    const hash = bytes ? contentHash(new TextDecoder().decode(bytes)) : null;
    if (!hash || !(await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } }))) missing.push(file);
  }
  if (!missing.length) return summarise(files.map((file) => ({ file, status: "unchanged", statementsAdded: 0, reportsAdded: 0 })));
  const summary = await importArticles(db, missing, { onProgress });
  const unchanged = files.length - missing.length;
  return { ...summary, read: files.length, unchanged: summary.unchanged + unchanged };
}

export function formatSummary(summary: ImportSummary): string {
  return `${summary.read} article${summary.read === 1 ? "" : "s"} read: ${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.statementsAdded} statements and ${summary.reportsAdded} reports added`;
}
