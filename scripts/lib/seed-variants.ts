// Real-style articles for benchmarks and tests: the seed articles with a line appended, so each
// variant has its own content hash (a new article) while extraction sees the same reporting.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { extractStatements } from "../../src/domain/extract";
import { manifestSchema, publishedAtForExtraction, type ArticleMetadata } from "../../src/schemas/articleManifest";
import { writeArticle, type WriteResult } from "../../src/server/ingest/writeArticle";

export interface SeedArticle {
  file: string;
  text: string;
  meta: ArticleMetadata;
}

export async function loadSeedArticles(dir = "seeds"): Promise<SeedArticle[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")));
  return Promise.all(
    manifest.articles.map(async (meta) => ({ file: meta.file, meta, text: await readFile(path.join(dir, meta.file), "utf8") })),
  );
}

/** Imports one variant of a seed (extraction, then the importer's own transaction). */
export async function importVariant(db: PrismaClient, seed: SeedArticle, salt: string): Promise<WriteResult> {
  const text = `${seed.text.trimEnd()}\n\n(Reference ${salt}.)\n`;
  const statements = extractStatements(text, {
    publishedAt: publishedAtForExtraction(seed.meta),
    outlet: seed.meta.outlet?.name ?? null,
  }).statements;
  return writeArticle(db, { text, sourceFile: `variant-${salt}-${seed.file}`, meta: seed.meta, statements });
}

/**
 * Writes `count` variants of the seeds into `dir` with their manifest, for the real importer
 * (`importArticles(db, [dir])`: worker extraction under its time limit, one transaction each).
 */
export async function writeVariantFolder(dir: string, seeds: SeedArticle[], count: number, salt: string): Promise<void> {
  const articles = [];
  for (let k = 0; k < count; k++) {
    const seed = seeds[k % seeds.length];
    const file = `variant-${String(k).padStart(5, "0")}.txt`;
    await writeFile(path.join(dir, file), `${seed.text.trimEnd()}\n\n(Reference ${salt}-${k}.)\n`);
    articles.push({ ...seed.meta, file });
  }
  await writeFile(path.join(dir, "manifest.json"), JSON.stringify({ articles }));
}
