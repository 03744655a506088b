// Importing an article from the browser (decision 0051): the same decoding, metadata schema, extraction and
// one-transaction write as `npm run import`, with a preview first. The editor's changes to the preview are
// applied over the extractor's output inside the import's transaction and logged as their corrections.
import type { PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { checkArticleText, checkStatements } from "@/domain/article/checkArticle";
import { decodeArticle } from "@/domain/article/decode";
import { ARTICLE_LIMITS } from "@/domain/article/limits";
import { checkSourceUrl } from "@/domain/article/metadataRules";
import { ArticleProblemError } from "@/domain/article/problems";
import { extractStatements } from "@/domain/extract";
import type { ExtractedStatement } from "@/domain/extract/types";
import { articleMetadataSchema, publishedAtForExtraction, type ArticleMetadata } from "@/schemas/articleManifest";
import { ImportValidationError } from "@/server/ingest/errors";
import { writeArticle } from "@/server/ingest/writeArticle";
import { statementFieldsSchema, type StatementFields } from "./fields";
import { correctWithin, type Reviewer } from "./review";

export const MAX_ARTICLE_BYTES = ARTICLE_LIMITS.maxBytes;
const SOURCE_NAME = "browser import";

export const browserMetadataSchema = z.object({
  outletName: z.string().trim().max(200).default(""),
  outletKind: z.enum(["wire", "newspaper", "broadcaster", "online", "platform"]).default("online"),
  publishedAt: z.string().trim().max(10).default(""),
  publishedPrecision: z.enum(["day", "month", "year", ""]).default(""),
  publishedEvidence: z.string().trim().max(300).default(""),
  publishedConfidence: z.enum(["high", "medium", "low"]).default("medium"),
  url: z.string().trim().max(2000).default(""),
  title: z.string().trim().max(500).default(""),
  language: z.string().trim().max(20).default("en"),
});
export type BrowserMetadata = z.input<typeof browserMetadataSchema>;

/** The form's metadata in the manifest's schema; a source address must be http(s). */
export function articleMetadataFrom(raw: unknown): ArticleMetadata {
  const form = browserMetadataSchema.safeParse(raw);
  if (!form.success) throw new ImportValidationError(SOURCE_NAME, "METADATA_INVALID", `bad metadata (${form.error.issues[0]?.path.join(".")}): ${form.error.issues[0]?.message}`);
  const m = form.data;
  const badUrl = m.url ? checkSourceUrl(m.url) : null;
  if (badUrl) throw new ImportValidationError(SOURCE_NAME, badUrl.code, badUrl.message);
  const parsed = articleMetadataSchema.safeParse({
    file: SOURCE_NAME,
    outlet: m.outletName ? { name: m.outletName, kind: m.outletKind } : null,
    url: m.url || null,
    title: m.title || null,
    publishedAt: m.publishedAt || null,
    publishedPrecision: m.publishedPrecision || null,
    publishedEvidence: m.publishedEvidence || (m.publishedAt ? "entered by an editor" : "no publication date given"),
    publishedConfidence: m.publishedConfidence,
    language: m.language || "en",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportValidationError(SOURCE_NAME, "METADATA_INVALID", `bad metadata (${issue?.path.join(".")}): ${issue?.message}`);
  }
  return parsed.data;
}

/** Decodes pasted text or an uploaded file with the CLI's rules (empty, binary, not UTF-8: a clear error). */
export function articleText(input: { text?: string | null; fileBytes?: Uint8Array | null; fileName?: string | null }): string {
  const bytes = input.fileBytes?.length ? input.fileBytes : new TextEncoder().encode(input.text ?? "");
  const file = input.fileName || "pasted text";
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ImportValidationError(file, "TOO_LARGE", `the article is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
  const text = decodeArticle(bytes, file);
  checkArticleText(text, file);
  return text;
}

function extractFor(text: string, meta: ArticleMetadata): ExtractedStatement[] {
  const statements = extractStatements(text, { publishedAt: publishedAtForExtraction(meta), outlet: meta.outlet?.name ?? null, headline: meta.title }).statements;
  checkStatements(statements, text, SOURCE_NAME);
  return statements;
}

/** An extracted statement in the editable shape the preview shows. */
export function editableFields(s: ExtractedStatement): Required<StatementFields> {
  return {
    speaker: s.speaker,
    speakerRole: s.speakerRole,
    kind: s.kind,
    date: s.date,
    datePrecision: s.datePrecision,
    topics: s.topics,
    stances: Object.entries(s.stance).map(([topic, f]) => ({ topic: topic as "troops", value: f!.value, evidence: f!.evidence })),
    outletCited: s.outletCited,
    venue: s.venue,
  };
}

export interface PreviewStatement {
  index: number;
  quote: string;
  start: number;
  end: number;
  fields: Required<StatementFields>;
}

export function previewArticle(text: string, meta: ArticleMetadata): PreviewStatement[] {
  return extractFor(text, meta).map((s, index) => ({ index, quote: s.quote, start: s.start, end: s.end, fields: editableFields(s) }));
}

export const previewEditSchema = z.object({
  index: z.number().int().min(0),
  removed: z.boolean().default(false),
  fields: statementFieldsSchema.default({}),
});
export type PreviewEdit = z.infer<typeof previewEditSchema>;

export const saveRequestSchema = z.object({
  text: z.string().max(MAX_ARTICLE_BYTES),
  metadata: browserMetadataSchema,
  edits: z.array(previewEditSchema).max(500).default([]),
  reason: z.string().trim().max(500).default(""),
});

export type SaveResult =
  | { status: "added"; articleId: string; statements: { id: string; quote: string }[]; corrected: number }
  | { status: "unchanged"; articleId: string };

/**
 * Saves through the CLI's write path. The extractor runs again on the server (the browser's copy of the
 * preview is never trusted for "before" values); removed statements are not written and their spans are
 * remembered as rejected, so no re-extraction brings them back.
 */
export async function saveArticle(db: PrismaClient, request: z.input<typeof saveRequestSchema>, who: Reviewer): Promise<SaveResult> {
  const parsed = saveRequestSchema.safeParse(request);
  if (!parsed.success) throw new ImportValidationError(SOURCE_NAME, "METADATA_INVALID", `bad request (${parsed.error.issues[0]?.path.join(".")}): ${parsed.error.issues[0]?.message}`);
  const { edits, reason } = parsed.data;
  const text = articleText({ text: parsed.data.text });
  const meta = articleMetadataFrom(parsed.data.metadata);
  const extracted = extractFor(text, meta);
  const editOf = new Map(edits.map((e) => [e.index, e]));
  const kept = extracted.filter((_, index) => !editOf.get(index)?.removed);
  const removed = extracted.filter((_, index) => editOf.get(index)?.removed);
  let corrected = 0;
  const statementIds: string[] = [];
  const written = await writeArticle(db, {
    text,
    sourceFile: SOURCE_NAME,
    meta,
    statements: kept,
    afterWrite: async (tx, articleId) => {
      await tx.rejectedSpan.createMany({ data: removed.map((s) => ({ articleId, start: s.start, end: s.end, statementId: "" })), skipDuplicates: true });
      for (const [index, statement] of extracted.entries()) {
        if (editOf.get(index)?.removed) continue;
        const report = await tx.report.findUniqueOrThrow({ where: { articleId_start_end: { articleId, start: statement.start, end: statement.end } }, select: { statementId: true } });
        statementIds.push(report.statementId);
        const fields = editOf.get(index)?.fields;
        if (fields && Object.keys(fields).length) corrected += await correctWithin(tx, report.statementId, fields, who, reason || null);
      }
    },
  });
  if (written.status === "unchanged") return { status: "unchanged", articleId: written.articleId };
  const statements = await db.statement.findMany({ where: { id: { in: statementIds } }, select: { id: true, quote: true } });
  return { status: "added", articleId: written.articleId, statements, corrected };
}

/** The reason to show for an import error, or null when it is not one of ours. */
export function importErrorMessage(error: unknown): string | null {
  if (error instanceof ImportValidationError || error instanceof ArticleProblemError) return `${error.file}: ${error.reason}`;
  return null;
}
